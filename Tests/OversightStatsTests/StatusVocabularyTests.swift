import Frame
import OversightStats
import Testing

@Suite struct StatusVocabularyTests {
    @Test(arguments: [
        ("Cumplida", ComplianceStatus.complied), ("CUMPLIDA", .complied), ("cumprida", .complied),
        ("Implemented", .complied), ("Closed–Implemented", .complied), ("closed - implemented", .complied),
        ("Cumplida parcialmente", .partiallyComplied), ("parcialmente  cumplida.", .partiallyComplied),
        ("Parcialmente cumprida", .partiallyComplied), ("partially_complied", .partiallyComplied),
        ("En trámite", .inProgress), ("EN TRAMITE", .inProgress), ("en proceso", .inProgress), ("Open", .inProgress),
        ("Incumplida", .notComplied), ("No cumplida", .notComplied), ("Sin regularización", .notComplied),
        ("sin regularizacion", .notComplied), ("Sin respuesta", .noResponse), ("withdrawn", .withdrawn),
        ("No aplica", .notApplicable),
    ])
    func standardSpellings(_ text: String, _ expected: ComplianceStatus) {
        #expect(StatusVocabulary.standard.status(of: text) == expected, "\(text)")
    }

    @Test func orderAndDenominators() {
        let ordered: [ComplianceStatus] = [.complied, .partiallyComplied, .inProgress, .notComplied, .noResponse]
        #expect(ordered.compactMap(\.progress) == [4, 3, 2, 1, 0])
        #expect(ComplianceStatus.allCases.filter(\.leavesDenominators) == [.withdrawn, .notApplicable])
        #expect(StatusVocabulary.standard.closed == [.complied, .withdrawn, .notApplicable])
        #expect(!StatusVocabulary.standard.isClosed(.partiallyComplied))
    }

    @Test func normalizeWorksPerDictionaryEntryAndKeepsNulls() throws {
        let column = StringColumn(["Cumplida", "en trámite", nil, "Cumplida", "EN TRÁMITE"])
        let statuses = try StatusVocabulary.standard.normalize(column)
        #expect((0..<statuses.count).map { statuses[$0] } == [.complied, .inProgress, nil, .complied, .inProgress])
    }

    @Test func unknownStatusNamesTheValueAndTheRow() {
        let column = StringColumn(["Cumplida", "Cumplida", "cumplda", nil])
        #expect(throws: StatusVocabularyError.unknownStatus("cumplda", row: 2, suggestions: ["cumplida", "cumplido", "cumprida"])) {
            try StatusVocabulary.standard.normalize(column)
        }
        let message = StatusVocabularyError.unknownStatus("Atendida", row: 7, suggestions: []).description
        #expect(message == "unknown status 'Atendida' at row index 7")
    }

    @Test func userAliasesAndClosedSet() throws {
        var vocabulary = StatusVocabulary.standard
        try vocabulary.addAlias("Atendida", for: .complied)
        try vocabulary.addAlias("ATENDIDA", for: .complied)
        #expect(vocabulary.status(of: "atendida") == .complied)
        #expect(throws: StatusVocabularyError.conflictingAlias("cumplída", existing: .complied, requested: .notComplied)) {
            try vocabulary.addAlias("cumplída", for: .notComplied)
        }
        vocabulary.closed = [.complied, .partiallyComplied]
        #expect(vocabulary.isClosed(.partiallyComplied) && !vocabulary.isClosed(.withdrawn))
        let bare = StatusVocabulary()
        #expect(bare.status(of: "not_applicable") == .notApplicable && bare.status(of: "cumplida") == nil)
        // "NA" is "no data" in these sources, never "not applicable".
        #expect(StatusVocabulary.standard.status(of: "NA") == nil)
    }
}
