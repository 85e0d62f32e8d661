#if canImport(Glibc)
import Glibc
#else
import Foundation
#endif

/// Assigns a dense code to each distinct byte string, in order of first appearance, without
/// making a `String` per cell.
///
/// An open-addressing hash table (linear probing, at most half full) holds each code next to its
/// hash, its length and, for strings of up to 16 bytes, the bytes themselves; so a probe for a
/// short string touches one cache line, even when the table is too big for the caches. The bytes
/// of every distinct string also live once in an arena. `String`s are made only at the end,
/// once per distinct value. The tables are manually managed memory, so that looking up a code
/// costs no copy-on-write checks; the owner must call `deallocate` once.
struct ByteDictionary {
    private struct Slot {
        var hash: UInt64
        /// A code, or -1 for an empty slot.
        var code: Int32
        var length: Int32
        /// The string's `ends` when it has 1 to 16 bytes (which they then determine), else zero.
        var first: UInt64
        var last: UInt64
    }

    private static let empty = Slot(hash: 0, code: -1, length: 0, first: 0, last: 0)

    /// The hash table; the slot count is a power of two.
    private var slots: UnsafeMutablePointer<Slot>
    private var slotCount: Int
    /// Per code, its bytes are `arena[offsets[code] ..< offsets[code + 1]]`.
    private var offsets: UnsafeMutablePointer<Int>
    private var entryCapacity: Int
    private var arena: UnsafeMutablePointer<UInt8>
    private var arenaCapacity: Int
    /// The number of distinct strings seen.
    private(set) var count = 0

    init() {
        slotCount = 64
        slots = .allocate(capacity: slotCount)
        slots.initialize(repeating: Self.empty, count: slotCount)
        entryCapacity = 32
        offsets = .allocate(capacity: entryCapacity + 1)
        offsets[0] = 0
        arenaCapacity = 1024
        arena = .allocate(capacity: arenaCapacity)
    }

    func deallocate() {
        slots.deallocate()
        offsets.deallocate()
        arena.deallocate()
    }

    /// The code of `bytes`, adding it if it is new.
    @inline(__always)
    mutating func code(for bytes: UnsafeBufferPointer<UInt8>) -> Int32 {
        let hash = Self.hash(bytes)
        let (first, last) = Self.inlineEnds(bytes)
        let mask = slotCount - 1
        var slot = Int(truncatingIfNeeded: hash) & mask
        while true {
            let entry = slots[slot]
            if entry.code < 0 { break }
            if entry.hash == hash && entry.length == Int32(clamping: bytes.count) && entry.first == first && entry.last == last
                && (bytes.count <= 16 || equalsArena(Int(entry.code), bytes))
            {
                return entry.code
            }
            slot = (slot + 1) & mask
        }
        return insert(bytes, hash: hash, slot: slot, first: first, last: last)
    }

    /// The words a slot keeps for `bytes`: its `ends` for 1 to 16 bytes, else zeros.
    @inline(__always)
    private static func inlineEnds(_ bytes: UnsafeBufferPointer<UInt8>) -> (first: UInt64, last: UInt64) {
        guard bytes.count > 0, bytes.count <= 16, let base = bytes.baseAddress else { return (0, 0) }
        return ends(UnsafeRawPointer(base), bytes.count)
    }

    /// The bytes of the string with code `code`, valid until the next insertion.
    func bytes(of code: Int32) -> UnsafeBufferPointer<UInt8> {
        let start = offsets[Int(code)]
        return UnsafeBufferPointer(start: arena + start, count: offsets[Int(code) + 1] - start)
    }

    /// The distinct strings, indexed by code. The bytes were checked to be UTF-8 while reading.
    func strings() -> [String] {
        (0..<count).map { code in
            String(decoding: UnsafeBufferPointer(
                start: arena + offsets[code], count: offsets[code + 1] - offsets[code]),
                as: UTF8.self)
        }
    }

    /// Whether the arena's string `code` equals `bytes` (over 16 bytes long).
    private func equalsArena(_ code: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let start = offsets[code]
        return offsets[code + 1] - start == bytes.count && memcmp(arena + start, bytes.baseAddress!, bytes.count) == 0
    }

    /// The first and the last up-to-8 bytes of `count` (1 to 16) bytes at `p`, as two words,
    /// read without touching memory outside them.
    @inline(__always)
    private static func ends(_ p: UnsafeRawPointer, _ count: Int) -> (first: UInt64, last: UInt64) {
        if count >= 8 {
            return (p.loadUnaligned(as: UInt64.self), p.loadUnaligned(fromByteOffset: count - 8, as: UInt64.self))
        }
        if count >= 4 {
            return (UInt64(p.loadUnaligned(as: UInt32.self)),
                    UInt64(p.loadUnaligned(fromByteOffset: count - 4, as: UInt32.self)))
        }
        let first = UInt64(p.load(as: UInt8.self))
        let middle = UInt64(p.load(fromByteOffset: count / 2, as: UInt8.self))
        let last = UInt64(p.load(fromByteOffset: count - 1, as: UInt8.self))
        return (first | middle << 8, last)
    }

    @inline(never)
    private mutating func insert(
        _ bytes: UnsafeBufferPointer<UInt8>, hash: UInt64, slot: Int, first: UInt64, last: UInt64
    ) -> Int32 {
        if count == entryCapacity {
            offsets = Self.grown(offsets, count: count + 1, to: entryCapacity * 2 + 1)
            entryCapacity *= 2
        }
        let start = offsets[count]
        if start + bytes.count > arenaCapacity {
            let capacity = max(arenaCapacity * 2, start + bytes.count)
            arena = Self.grown(arena, count: start, to: capacity)
            arenaCapacity = capacity
        }
        if let cell = bytes.baseAddress { (arena + start).update(from: cell, count: bytes.count) }
        let code = Int32(count)
        slots[slot] = Slot(hash: hash, code: code, length: Int32(clamping: bytes.count), first: first, last: last)
        offsets[count + 1] = start + bytes.count
        count += 1
        if count * 2 > slotCount { rehash() }
        return code
    }

    private static func grown<T>(
        _ old: UnsafeMutablePointer<T>, count: Int, to capacity: Int
    ) -> UnsafeMutablePointer<T> {
        let new = UnsafeMutablePointer<T>.allocate(capacity: capacity)
        new.moveInitialize(from: old, count: count)
        old.deallocate()
        return new
    }

    private mutating func rehash() {
        let old = slots
        let oldCount = slotCount
        slotCount *= 2
        slots = .allocate(capacity: slotCount)
        slots.initialize(repeating: Self.empty, count: slotCount)
        let mask = slotCount - 1
        for index in 0..<oldCount where old[index].code >= 0 {
            var slot = Int(truncatingIfNeeded: old[index].hash) & mask
            while slots[slot].code >= 0 { slot = (slot + 1) & mask }
            slots[slot] = old[index]
        }
        old.deallocate()
    }

    // Eight bytes at a time, multiply and rotate, then the MurmurHash3 finaliser so the low bits
    // used for the slot depend on every byte.
    @inline(__always)
    private static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        let multiplier: UInt64 = 0x9E37_79B9_7F4A_7C15
        var hash = UInt64(bytes.count) &* multiplier
        guard let base = bytes.baseAddress else { return hash }
        let raw = UnsafeRawPointer(base)
        var offset = 0
        while offset + 8 <= bytes.count {
            let word = raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self)
            let mixed = (hash ^ word) &* multiplier
            hash = (mixed << 29) | (mixed >> 35)
            offset += 8
        }
        if offset < bytes.count {
            // The last bytes as whole words, overlapping bytes already mixed in, instead of a
            // loop over single bytes.
            let (first, last) = bytes.count >= 8
                ? (raw.loadUnaligned(fromByteOffset: bytes.count - 8, as: UInt64.self), 0)
                : ends(raw, bytes.count)
            hash = (hash ^ first) &* multiplier
            hash = (hash ^ last) &* multiplier
        }
        hash ^= hash >> 33
        hash = hash &* 0xFF51_AFD7_ED55_8CCD
        hash ^= hash >> 33
        hash = hash &* 0xC4CE_B9FE_1A85_EC53
        return hash ^ (hash >> 33)
    }
}
