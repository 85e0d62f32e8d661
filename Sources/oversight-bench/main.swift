#if canImport(Glibc)
import Glibc
#endif
import Foundation
import Frame
import FrameIO

/// Loads the table, asks each question, and prints the timings.
func runBenchmark(_ options: BenchOptions) throws {
    let clock = BenchClock(runs: options.runs)
    if let directory = options.checkDirectory {
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
    }
    func check(_ step: String, _ answer: DataFrame) throws {
        guard let directory = options.checkDirectory else { return }
        try answer.writeCSV(to: "\(directory)/\(step).csv")
    }

    let x = try clock.once("load") { try CSVReader.read(path: options.groupByPath).frame }
    for question in GroupByQuestions.all where options.asks(question.name) {
        let answer = try clock.best(question.name) { try question.run(x) }
        try check(question.name, answer)
    }
    clock.report("peak_mb_groupby", BenchClock.peakMegabytes().map(String.init) ?? "?")

    if let directory = options.joinDirectory {
        let names = JoinQuestions.fileNames(rows: x.rowCount)
        let frames = try clock.once("join_load") {
            try names.map { try CSVReader.read(path: "\(directory)/\($0)").frame }
        }
        let tables = JoinQuestions.Tables(x: frames[0], small: frames[1], medium: frames[2], big: frames[3])
        for question in JoinQuestions.all where options.asks(question.name) {
            let answer = try clock.best(question.name) { try question.run(tables) }
            clock.report("\(question.name)_rows", String(answer.rowCount))
            try check(question.name, answer)
        }
        clock.report("peak_mb", BenchClock.peakMegabytes().map(String.init) ?? "?")
    }
}

do {
    let options = try BenchOptions(arguments: Array(CommandLine.arguments.dropFirst()))
    // Read once by the kernels, so it must be set before the first one runs.
    setenv("OVERSIGHT_THREADS", String(options.threads), 1)
    try runBenchmark(options)
} catch let error as BenchError {
    FileHandle.standardError.write(Data("\(error)\n".utf8))
    exit(2)
} catch {
    FileHandle.standardError.write(Data("error: \(error)\n".utf8))
    exit(1)
}
