import Foundation

/// Replaces a file in one step: write a temporary sibling, then rename it over the target.
///
/// A rename within one directory is atomic on POSIX file systems, so readers see the old file
/// or the new one, never a mix; on failure the temporary file is removed.
enum AtomicFile {
    /// An open temporary file that `write(to:body:)` hands its body.
    struct Handle {
        fileprivate let descriptor: Int32
        fileprivate let path: String

        /// Appends `bytes`, retrying short writes.
        func write(_ bytes: [UInt8]) throws(CSVWritingError) {
            var written = 0
            while written < bytes.count {
                let result = bytes.withUnsafeBytes { buffer in
                    Foundation.write(descriptor, buffer.baseAddress! + written, buffer.count - written)
                }
                if result < 0 {
                    if errno == EINTR { continue }
                    throw .cannotWrite(path: path, reason: String(cString: strerror(errno)))
                }
                written += result
            }
        }
    }

    /// Writes `data` to `path` atomically.
    static func write(_ data: Data, to path: String) throws(CSVWritingError) {
        try write(to: path) { (file: Handle) throws(CSVWritingError) in try file.write([UInt8](data)) }
    }

    /// Runs `body` with a temporary file beside `path`, then renames it over `path`; when
    /// `body` or the rename fails, the temporary file is removed and `path` is untouched.
    static func write(to path: String, body: (Handle) throws(CSVWritingError) -> Void) throws(CSVWritingError) {
        let target = URL(fileURLWithPath: path)
        let temporary = target.deletingLastPathComponent()
            .appendingPathComponent(".\(target.lastPathComponent).\(UUID().uuidString).tmp").path
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw .cannotWrite(path: path, reason: String(cString: strerror(errno))) }
        do throws(CSVWritingError) {
            try body(Handle(descriptor: descriptor, path: path))
        } catch {
            close(descriptor)
            unlink(temporary)
            throw error
        }
        if close(descriptor) != 0 || rename(temporary, path) != 0 {
            let reason = String(cString: strerror(errno))
            unlink(temporary)
            throw .cannotWrite(path: path, reason: reason)
        }
    }
}
