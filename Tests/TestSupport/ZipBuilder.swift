import CMinizip
#if canImport(Glibc)
import Glibc
#else
import Darwin
#endif

/// Writes zip files part by part, for tests and fuzz targets that need workbooks made on the
/// spot (including broken ones).
public enum ZipBuilder {
    /// Writes `parts` (name and bytes, in order) to a new zip file at `path`, each part stored
    /// without compression; returns whether every step succeeded.
    @discardableResult
    public static func write(_ parts: [(name: String, bytes: [UInt8])], to path: String) -> Bool {
        guard let zip = zipOpen64(path, 0) else { return false }
        var succeeded = true
        for part in parts {
            guard zipOpenNewFileInZip64(zip, part.name, nil, nil, 0, nil, 0, nil, 0, 0, 0) == ZIP_OK else {
                succeeded = false
                continue
            }
            let written = part.bytes.withUnsafeBytes { raw in
                zipWriteInFileInZip(zip, raw.baseAddress, UInt32(raw.count))
            }
            if written != ZIP_OK { succeeded = false }
            if zipCloseFileInZip(zip) != ZIP_OK { succeeded = false }
        }
        if zipClose(zip, nil) != ZIP_OK { succeeded = false }
        return succeeded
    }

    /// Writes `bytes` as they are to a file at `path` (a zip file, or something that claims to
    /// be one); returns whether it succeeded.
    @discardableResult
    public static func writeRaw(_ bytes: [UInt8], to path: String) -> Bool {
        guard let file = fopen(path, "wb") else { return false }
        let written = bytes.withUnsafeBytes { fwrite($0.baseAddress, 1, $0.count, file) }
        return fclose(file) == 0 && written == bytes.count
    }

    /// Writes text parts to a new zip file at `path`; see `write(_:to:)`.
    @discardableResult
    public static func write(texts parts: [(name: String, text: String)], to path: String) -> Bool {
        write(parts.map { ($0.name, Array($0.text.utf8)) }, to: path)
    }
}
