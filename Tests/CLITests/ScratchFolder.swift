import Foundation
import TestSupport

/// A fresh temporary folder where a test writes queries and data and the command writes outputs.
final class ScratchFolder {
    let url = Fixtures.temporaryDirectory("oversight-cli")

    /// Removes the folder and everything in it.
    deinit { try? FileManager.default.removeItem(at: url) }

    /// The path of `name` inside the folder.
    func path(_ name: String) -> String { url.appendingPathComponent(name).path }

    /// Writes `text` as the file `name` and returns its path.
    @discardableResult
    func write(_ name: String, _ text: String) throws -> String {
        try Data(text.utf8).write(to: url.appendingPathComponent(name))
        return path(name)
    }

    /// Every file under the folder `name` (hidden ones too), by relative path, with its bytes.
    func snapshot(_ name: String) throws -> [String: Data] {
        let root = url.appendingPathComponent(name)
        var files: [String: Data] = [:]
        guard let enumerator = FileManager.default.enumerator(atPath: root.path) else { return files }
        for case let relative as String in enumerator {
            var isDirectory: ObjCBool = false
            let full = root.appendingPathComponent(relative)
            if FileManager.default.fileExists(atPath: full.path, isDirectory: &isDirectory), !isDirectory.boolValue {
                files[relative] = try Data(contentsOf: full)
            }
        }
        return files
    }

    /// The names in the folder `name`, hidden ones included, sorted; empty when it does not exist.
    func entries(_ name: String = ".") -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: path(name))) ?? []).sorted()
    }
}
