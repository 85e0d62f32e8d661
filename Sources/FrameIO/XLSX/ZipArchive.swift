import CMinizip

/// A zip file opened with minizip, whose parts are read whole, one at a time, by name.
final class ZipArchive {
    private let handle: unzFile

    /// The largest part read, uncompressed: a workbook part above this is damaged or hostile.
    static let partSizeLimit = 1 << 30

    /// Opens the zip file at `path`, or returns `nil` when it is not a zip file.
    init?(path: String) {
        guard let handle = unzOpen64(path) else { return nil }
        self.handle = handle
    }

    deinit { unzClose(handle) }

    /// The bytes of the part named `name` (compared without regard to case, as part names are),
    /// or `nil` when the archive has no such part.
    func read(_ name: String) throws(ZipError) -> [UInt8]? {
        guard unzLocateFile(handle, name, 2) == UNZ_OK else { return nil }
        var info = unz_file_info64()
        guard unzGetCurrentFileInfo64(handle, &info, nil, 0, nil, 0, nil, 0) == UNZ_OK else {
            throw ZipError(part: name, reason: "its entry in the zip directory is damaged")
        }
        guard info.uncompressed_size <= UInt64(Self.partSizeLimit) else {
            throw ZipError(part: name, reason: "it says it holds \(info.uncompressed_size) bytes, more than the \(Self.partSizeLimit) a part may hold")
        }
        guard unzOpenCurrentFile(handle) == UNZ_OK else {
            throw ZipError(part: name, reason: "it cannot be opened (encrypted, or compressed with an unknown method)")
        }
        let expected = Int(info.uncompressed_size)
        var bytes: [UInt8] = []
        bytes.reserveCapacity(expected)
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let count = chunk.withUnsafeMutableBytes { unzReadCurrentFile(handle, $0.baseAddress, UInt32($0.count)) }
            if count == 0 { break }
            guard count > 0 else {
                unzCloseCurrentFile(handle)
                throw ZipError(part: name, reason: "its compressed data is damaged")
            }
            bytes += chunk[0..<Int(count)]
            guard bytes.count <= expected else {
                unzCloseCurrentFile(handle)
                throw ZipError(part: name, reason: "it holds more bytes than its entry in the zip directory says")
            }
        }
        guard unzCloseCurrentFile(handle) == UNZ_OK, bytes.count == expected else {
            throw ZipError(part: name, reason: "its checksum or size does not match its contents")
        }
        return bytes
    }
}

/// A part of a zip file that could not be read.
struct ZipError: Error {
    var part: String
    var reason: String
}
