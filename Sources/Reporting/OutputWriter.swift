import Foundation
import Frame
import FrameIO
import Report
import XLSXExport

/// Writes a report's files into one folder per analysis, all or nothing.
///
/// Everything is written into a hidden temporary folder first; only when every file is written
/// does the folder replace the previous one. A failed run leaves the previous outputs, or none.
public enum OutputWriter {
    /// The files written for one report, relative to the output root.
    public struct Written {
        public var folder: String
        public var files: [String]
    }

    /// The plain reason behind a file-system error, without Foundation's error-domain dump.
    static func reason(_ error: Error) -> String {
        let nsError = error as NSError
        if let underlying = nsError.userInfo[NSUnderlyingErrorKey] as? NSError, underlying.domain == NSPOSIXErrorDomain {
            return String(cString: strerror(Int32(underlying.code)))
        }
        if nsError.domain == NSPOSIXErrorDomain { return String(cString: strerror(Int32(nsError.code))) }
        switch nsError.code {
        case NSFileNoSuchFileError, NSFileWriteNoPermissionError, NSFileWriteFileExistsError:
            return nsError.localizedDescription
        default:
            return "\(error)"
        }
    }

    /// Writes `report` as `<root>/<slug>/<slug>.xlsx`, a CSV per table and a Vega-Lite spec per chart.
    public static func write(_ report: Report, into root: String) throws(RunError) -> Written {
        let fileManager = FileManager.default
        let rootURL = URL(fileURLWithPath: root)
        let final = rootURL.appendingPathComponent(report.slug)
        let staging = rootURL.appendingPathComponent(".\(report.slug).partial-\(getpid())")
        var files: [String] = []
        do {
            try fileManager.createDirectory(at: rootURL, withIntermediateDirectories: true)
            try? fileManager.removeItem(at: staging)
            try fileManager.createDirectory(at: staging, withIntermediateDirectories: false)
            defer { try? fileManager.removeItem(at: staging) }

            // The workbook takes one thread of libxlsxwriter; the CSV and chart files do not need
            // it, so they are written on the other core meanwhile.
            let folder = staging.path
            let parts = Parallel.map(2) { part in
                Result { () throws -> [String] in
                    if part == 0 { return [try writeWorkbook(report, into: folder)] }
                    return try writeTablesAndCharts(report, into: folder)
                }
            }
            for part in parts { files += try part.get() }
            // Swap the finished folder in; the old one goes only once the new one is in place.
            let retired = rootURL.appendingPathComponent(".\(report.slug).old-\(getpid())")
            let hadPrevious = fileManager.fileExists(atPath: final.path)
            if hadPrevious { try fileManager.moveItem(at: final, to: retired) }
            try fileManager.moveItem(at: staging, to: final)
            if hadPrevious { try? fileManager.removeItem(at: retired) }
        } catch let error as RunError {
            throw error
        } catch {
            throw .failure("cannot write the outputs of '\(report.slug)' into '\(root)': \(OutputWriter.reason(error))\n"
                + "hint: choose a folder you can write to with --out")
        }
        let relative = root.hasSuffix("/") ? root + report.slug : root + "/" + report.slug
        return Written(folder: relative, files: files)
    }

    /// Writes the .xlsx workbook into `folder` and returns its file name.
    private static func writeWorkbook(_ report: Report, into folder: String) throws -> String {
        let workbook = "\(report.slug).xlsx"
        try WorkbookWriter.write(report, to: folder + "/" + workbook)
        return workbook
    }

    /// Writes a CSV file per table and a Vega-Lite spec per chart into `folder`, and returns
    /// their file names.
    private static func writeTablesAndCharts(_ report: Report, into folder: String) throws -> [String] {
        var files: [String] = []
        for table in report.tables {
            let csv = "\(table.name).csv"
            try CSVWriter.write(table.frame, to: folder + "/" + csv)
            files.append(csv)
            if table.chart != nil {
                let spec = "\(table.name).vl.json"
                let vega = try VegaLiteSpec(table: table, metadata: report.metadata, language: report.language)
                try Data(vega.json.utf8).write(to: URL(fileURLWithPath: folder + "/" + spec))
                files.append(spec)
            }
        }
        return files
    }
}
