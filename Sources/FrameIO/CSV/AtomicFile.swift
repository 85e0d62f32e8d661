import Foundation

/// Replaces a file in one step: write a temporary sibling, then rename it over the target.
///
/// A rename within one directory is atomic on POSIX file systems, so readers see the old file
/// or the new one, never a mix; on failure the temporary file is removed.
enum AtomicFile {
    static func write(_ data: Data, to path: String) throws(CSVWritingError) {
        let target = URL(fileURLWithPath: path)
        let directory = target.deletingLastPathComponent()
        let temporary = directory.appendingPathComponent(
            ".\(target.lastPathComponent).\(UUID().uuidString).tmp")
        do {
            try data.write(to: temporary)
        } catch {
            try? FileManager.default.removeItem(at: temporary)
            throw .cannotWrite(path: path, reason: error.localizedDescription)
        }
        if rename(temporary.path, target.path) != 0 {
            let reason = String(cString: strerror(errno))
            try? FileManager.default.removeItem(at: temporary)
            throw .cannotWrite(path: path, reason: reason)
        }
    }
}
