import CXlsxWriter

/// Owns one libxlsxwriter workbook while it is built; no C pointer outlives `close()`.
///
/// Not `Sendable`: a builder lives on the one thread that runs `CLocale.run`.
final class XlsxBuilder {
    /// The workbook; `nil` once closed, because `workbook_close` frees it even when it fails.
    private var workbook: UnsafeMutablePointer<lxw_workbook>?
    private var formats: [CellStyle: UnsafeMutablePointer<lxw_format>] = [:]
    /// The format of A1 on every sheet.
    private(set) var titleFormat: UnsafeMutablePointer<lxw_format>?
    /// Whether rows go to temporary files as they are written (libxlsxwriter's constant-memory
    /// mode), which rules out Excel tables.
    let streamsRows: Bool
    /// The folder for libxlsxwriter's temporary files, kept alive until the workbook is closed.
    private let temporaryDirectory: UnsafeMutablePointer<CChar>?

    /// Writes `plan` as an .xlsx file at `path`.
    static func write(_ plan: WorkbookPlan, to path: String) throws(XLSXError) {
        let builder = try XlsxBuilder(path: path, streamsRows: plan.streamsRows)
        do {
            try builder.build(plan)
        } catch {
            // Closing is the only way to free the workbook; the caller removes the file.
            _ = try? builder.close()
            throw error
        }
        try builder.close()
    }

    private init(path: String, streamsRows: Bool) throws(XLSXError) {
        // Streamed rows wait in temporary files beside the workbook rather than in /tmp, which
        // may be memory-backed.
        let directory = path.lastIndex(of: "/").map { String(path[...$0]) } ?? "./"
        temporaryDirectory = strdup(directory)
        var options = lxw_workbook_options()
        options.constant_memory = streamsRows ? 1 : 0
        options.tmpdir = temporaryDirectory
        guard let workbook = workbook_new_opt(path, &options) else {
            free(temporaryDirectory)
            throw .library(operation: "workbook_new_opt", message: "could not allocate a workbook")
        }
        self.workbook = workbook
        self.streamsRows = streamsRows
        let title = workbook_add_format(workbook)
        format_set_bold(title)
        format_set_font_size(title, 14)
        titleFormat = title
    }

    private func build(_ plan: WorkbookPlan) throws(XLSXError) {
        try setProperties(plan.properties)
        for sheet in plan.sheets { try add(sheet) }
    }

    /// Writes the file and frees the workbook.
    private func close() throws(XLSXError) {
        guard let workbook else { return }
        self.workbook = nil
        formats = [:]
        titleFormat = nil
        defer { free(temporaryDirectory) }
        try XlsxBuilder.check(workbook_close(workbook), "workbook_close")
    }

    /// The workbook being built.
    var handle: UnsafeMutablePointer<lxw_workbook> {
        guard let workbook else { preconditionFailure("workbook used after close") }
        return workbook
    }

    /// The libxlsxwriter format for `style`, created on first use.
    func format(_ style: CellStyle) -> UnsafeMutablePointer<lxw_format>? {
        if style == .plain { return nil }
        if let format = formats[style] { return format }
        let format = workbook_add_format(handle)
        switch style {
        case .plain: break
        case .label: format_set_bold(format)
        case .header:
            format_set_bold(format)
            format_set_bottom(format, UInt8(LXW_BORDER_THIN.rawValue))
        case .wrapped:
            format_set_text_wrap(format)
            format_set_align(format, UInt8(LXW_ALIGN_VERTICAL_TOP.rawValue))
        case .number(let code): format_set_num_format(format, code)
        }
        formats[style] = format
        return format
    }

    /// Throws when libxlsxwriter reports an error, with its own explanation.
    static func check(_ error: lxw_error, _ operation: String) throws(XLSXError) {
        guard error != LXW_NO_ERROR else { return }
        throw .library(operation: operation, message: String(cString: lxw_strerror(error)))
    }

    private func setProperties(_ properties: DocumentProperties) throws(XLSXError) {
        let texts = [properties.title, properties.author, properties.company, properties.keywords, properties.comments]
        let error = withCStrings(texts) { pointers in
            var values = lxw_doc_properties()
            values.title = pointers[0]
            values.author = pointers[1]
            values.company = pointers[2]
            values.keywords = pointers[3]
            values.comments = pointers[4]
            values.created = time_t(properties.created)
            return workbook_set_properties(handle, &values)
        }
        try XlsxBuilder.check(error, "workbook_set_properties")
        for (name, value) in properties.custom {
            try XlsxBuilder.check(
                workbook_set_custom_property_string(handle, name, value), "workbook_set_custom_property_string")
        }
    }
}

/// Calls `body` with C copies of `strings` (`nil` stays `nil`), freed when it returns.
///
/// libxlsxwriter's option structs take `char *` fields and copy what they keep, so the copies
/// only need to live for the call.
func withCStrings<Result>(_ strings: [String?], _ body: ([UnsafeMutablePointer<CChar>?]) -> Result) -> Result {
    let copies = strings.map { $0.flatMap { strdup($0) } }
    defer { copies.forEach { free($0) } }
    return body(copies)
}
