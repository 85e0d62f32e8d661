import Foundation
import Frame

/// A realistic, synthetic data set in the language of Argentina's prison ombudsman (PPN):
/// recommendations to the Federal Prison Service, their status events, and quarterly
/// population snapshots of the SPF units.
///
/// It has the messiness of real exports: units spelt several ways, due dates often missing,
/// statuses written with the aliases sources use, systemic recommendations with no unit. The
/// same seed gives the same data on every machine. It is synthetic: every file name says so.
public struct SyntheticDataset: Sendable {
    /// One row per recommendation, with its status at the cut-off date.
    public var recommendations: DataFrame
    /// One row per change of status.
    public var statusEvents: DataFrame
    /// One row per unit and quarter end.
    public var population: DataFrame

    /// The first and last day recommendations are issued; statuses are as of the last.
    public static let period = Day(year: 2019, month: 1, day: 1)!...Day(year: 2024, month: 12, day: 31)!

    /// Generates `count` recommendations from `seed`.
    public init(recommendations count: Int, seed: UInt64) {
        var random = SeededGenerator(seed: seed)
        var recs = RecommendationColumns(capacity: count)
        var events = EventColumns(capacity: count * 3)
        let span = SyntheticDataset.period.upperBound.days(since: SyntheticDataset.period.lowerBound)
        let cut = SyntheticDataset.period.upperBound
        let unitWeights = SyntheticVocabulary.units.map(\.size)
        let outcomeWeights = SyntheticVocabulary.outcomes.map(\.weight)
        for index in 0..<count {
            let digits = String(index + 1)
            let id = "REC-" + String(repeating: "0", count: max(0, 7 - digits.count)) + digits
            let issued = SyntheticDataset.period.lowerBound.adding(days: Int(random.next() % UInt64(span + 1)))
            let scope = SyntheticVocabulary.scopes[random.pick(weights: SyntheticVocabulary.scopes.map(\.1))].0
            let unit: String? = scope == "estructural" ? nil
                : random.element(of: SyntheticVocabulary.units[random.pick(weights: unitWeights)].spellings)
            let due: Day? = random.unit() < 0.3 ? nil : issued.adding(days: random.element(of: [30, 60, 90]))
            let outcome = SyntheticVocabulary.outcomes[random.pick(weights: outcomeWeights)]

            // The path to the outcome: no response at issue, a first answer, then the outcome.
            var history: [(Day, String)] = [(issued, "Sin respuesta")]
            if outcome.status != "no_response" {
                let answered = issued.adding(days: 5 + Int(-45 * log1p(-random.unit())))
                if answered <= cut {
                    history.append((answered, random.element(of: ["En trámite", "En proceso"])))
                    let settled = answered.adding(days: 10 + Int(-240 * log1p(-random.unit())))
                    if outcome.status != "in_progress", settled <= cut {
                        history.append((settled, random.element(of: outcome.spellings)))
                    }
                }
            }
            for (day, status) in history { events.append(id: id, on: day, status: status) }
            let (statusDay, status) = history.last!
            let closed = ["complied", "withdrawn", "not_applicable"].contains(outcome.status) && history.count == 3
            recs.append(
                id: id, issued: issued,
                issuer: SyntheticVocabulary.issuers[random.pick(weights: SyntheticVocabulary.issuers.map(\.1))].0,
                addressee: SyntheticVocabulary.addressees[random.pick(weights: SyntheticVocabulary.addressees.map(\.1))].0,
                unit: unit, topic: random.element(of: SyntheticVocabulary.topics), scope: scope, due: due,
                status: status, statusDay: statusDay, closedDay: closed ? statusDay : nil)
        }
        recommendations = recs.frame()
        statusEvents = events.frame()
        population = SyntheticDataset.populationSnapshots(&random)
    }

    /// Quarter-end population and places for every unit; places follow the "utilizable"
    /// definition the SPF has used since 2016.
    private static func populationSnapshots(_ random: inout SeededGenerator) -> DataFrame {
        var ids = StringColumnBuilder()
        var days: [Day] = []
        var people: [Int64] = []
        var places: [Int64] = []
        var definitions = StringColumnBuilder()
        for unit in SyntheticVocabulary.units {
            let capacity = Int64(unit.size * 120 + Double(random.next() % 80))
            var load = 0.85 + random.unit() * 0.3
            var quarterEnd = Day(year: 2019, month: 3, day: 31)!
            while quarterEnd <= period.upperBound {
                load = max(0.5, load + (random.unit() - 0.45) * 0.06)
                ids.append(unit.id)
                days.append(quarterEnd)
                people.append(Int64(Double(capacity) * load))
                places.append(capacity)
                definitions.append("utilizable")
                quarterEnd = quarterEnd.adding(days: 1).adding(months: 3).adding(days: -1)
            }
        }
        return try! DataFrame(columns: [
            AnyColumn(name: "unidad_id", ids.finish()), AnyColumn(name: "fecha", Column(values: days)),
            AnyColumn(name: "poblacion", Column(values: people)), AnyColumn(name: "capacidad", Column(values: places)),
            AnyColumn(name: "definicion_capacidad", definitions.finish()),
        ])
    }
}
