import Frame
import FrameIO
import Testing

@Suite("CSV reader: the real data files")
struct RealFileTests {
    @Test func readsPreventionOfFutureDeathsSubset() throws {
        let path = Fixtures.dataFile("pfd_state_custody_subset.csv")
        let result = try CSVReader.read(path: path)
        let frame = result.frame
        #expect(frame.rowCount == 232)
        #expect(frame.columnCount == 18)
        // The first header cell is empty (a pandas index column).
        #expect(frame.columnNames.first == "column_1")
        #expect(result.warnings == [.generatedColumnName(
            CSVLocation(path: path, line: 1, column: 1), name: "column_1")])
        #expect(frame["Unnamed: 0"]?.dataType == .int64)

        let sent = try #require(frame["sent_count"])
        #expect(sent.dataType == .int64)
        #expect(sent.nullCount == 86)
        #expect(sent[0] == .int(6))

        let reported = try #require(frame["date_of_report"])
        #expect(reported.dataType == .date)
        #expect(reported.nullCount == 0)
        #expect(reported[0] == .date(Day(year: 2020, month: 3, day: 23)!))

        #expect(frame["response_rate"]?.dataType == .double)
        #expect(frame["response_rate"]?[0] == .double(0.3333333333333333))
        #expect(frame["date_time"]?.dataType == .date)
        #expect(frame["late_time"]?[0] == .int(-787))
        #expect(frame["at_least_one_response"]?.dataType == .bool)
        #expect(frame["ref"]?.dataType == .string)
        #expect(frame["ref"]?.nullCount == 10)
    }

    @Test func projectsRealFile() throws {
        let options = CSVReadingOptions(columns: ["response_rate", "sent_count"])
        let frame = try DataFrame(
            contentsOfCSVFile: Fixtures.dataFile("pfd_state_custody_subset.csv"), options: options)
        #expect(frame.columnNames == ["response_rate", "sent_count"])
        #expect(frame.rowCount == 232)
        #expect(frame["response_rate"]?.nullCount == 86)
    }

    @Test func readsSisdepenExtract() throws {
        let result = try CSVReader.read(path: Fixtures.dataFile("sisdepen_2019_facility_extract.csv"))
        let frame = result.frame
        #expect(result.warnings.isEmpty)
        #expect(frame.rowCount == 2847)
        #expect(frame.columnCount == 24)
        #expect(Array(frame.columnNames.prefix(8)) == [
            "periodo_referencia", "Situação de Preenchimento", "Nome do Estabelecimento",
            "Situação do Estabelecimento", "Âmbito", "UF", "Município", "Código IBGE",
        ])
        #expect(frame.columnNames.contains(
            "4.1 População prisional | Presos provisórios (sem condenação) | Total"))

        let period = try #require(frame["periodo_referencia"])
        #expect(period.dataType == .date)
        let profile = ColumnProfile(period)
        #expect(profile.distinctCount == 2)
        #expect(profile.minimum == .date(Day(year: 2019, month: 6, day: 30)!))
        #expect(profile.maximum == .date(Day(year: 2019, month: 12, day: 31)!))

        #expect(frame["Código IBGE"]?.dataType == .int64)
        #expect(frame["Código IBGE"]?.nullCount == 4)
        #expect(frame["4.1 População prisional | Total"]?.dataType == .int64)
        #expect(ColumnProfile(try #require(frame["Âmbito"])).distinctCount == 2)
    }
}
