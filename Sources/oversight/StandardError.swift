import Foundation

/// Writes diagnostics to stderr, keeping stdout for results.
enum StandardError {
    static func print(_ text: String) {
        FileHandle.standardError.write(Data((text + "\n").utf8))
    }
}
