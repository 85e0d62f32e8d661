/// Numbers distinct 64-bit keys 0, 1, 2, … in order of first insertion.
///
/// Grouping packs each row's key codes into one `UInt64` and asks the table for the group. Two
/// layouts share this interface: a flat array indexed by the key when the key space is small,
/// and an open-addressing hash table otherwise. Both keep the keys in group order, so a table
/// built by one thread can be merged into another's in that order.
protocol GroupTable {
    /// The number of groups so far.
    var count: Int { get }
    /// The key of each group, in group order.
    var keys: [UInt64] { get }
    /// The group of `key`, adding a group if it is new.
    mutating func group(of key: UInt64) -> Int32
}

/// A table for keys below a small bound: one slot per possible key.
struct FlatGroupTable: GroupTable {
    private var slots: [Int32]
    private(set) var keys: [UInt64] = []

    /// A table for keys in `0..<keySpace`.
    init(keySpace: Int) {
        slots = [Int32](repeating: -1, count: max(keySpace, 1))
    }

    var count: Int { keys.count }

    @inline(__always)
    mutating func group(of key: UInt64) -> Int32 {
        let existing = slots.withUnsafeBufferPointer { $0[Int(truncatingIfNeeded: key)] }
        if existing >= 0 { return existing }
        return insert(key)
    }

    @inline(never)
    private mutating func insert(_ key: UInt64) -> Int32 {
        let group = Int32(keys.count)
        slots[Int(truncatingIfNeeded: key)] = group
        keys.append(key)
        return group
    }
}

/// An open-addressing hash table (linear probing, at most half full) whose slots hold group
/// numbers; the keys themselves live once, densely, in group order.
struct HashGroupTable: GroupTable {
    private var slots: [Int32]
    private var mask: Int
    private(set) var keys: [UInt64] = []

    /// A table sized for about `expected` groups before it first grows.
    init(expected: Int) {
        var capacity = 64
        while capacity < expected * 2 { capacity *= 2 }
        slots = [Int32](repeating: -1, count: capacity)
        mask = capacity - 1
        keys.reserveCapacity(expected)
    }

    var count: Int { keys.count }

    @inline(__always)
    mutating func group(of key: UInt64) -> Int32 {
        group(of: key, hash: Self.hash(key))
    }

    /// The group of `key`, whose `hash(_:)` the caller already computed.
    @inline(__always)
    mutating func group(of key: UInt64, hash: Int) -> Int32 {
        let mask = mask
        var slot = hash & mask
        let found: Int32 = slots.withUnsafeBufferPointer { slots in
            keys.withUnsafeBufferPointer { keys in
                while true {
                    let group = slots[slot]
                    if group < 0 || keys[Int(group)] == key { return group }
                    slot = (slot &+ 1) & mask
                }
            }
        }
        if found >= 0 { return found }
        return insert(key, at: slot)
    }

    @inline(never)
    private mutating func insert(_ key: UInt64, at slot: Int) -> Int32 {
        let group = Int32(keys.count)
        slots[slot] = group
        keys.append(key)
        if keys.count * 2 > slots.count { grow() }
        return group
    }

    private mutating func grow() {
        let capacity = slots.count * 2
        mask = capacity - 1
        let mask = mask
        slots = [Int32](unsafeUninitializedCapacity: capacity) { buffer, initialized in
            buffer.initialize(repeating: -1)
            keys.withUnsafeBufferPointer { keys in
                for (group, key) in keys.enumerated() {
                    var slot = Self.hash(key) & mask
                    while buffer[slot] >= 0 { slot = (slot &+ 1) & mask }
                    buffer[slot] = Int32(group)
                }
            }
            initialized = capacity
        }
    }

    /// The MurmurHash3 finaliser: packed codes differ mostly in the low bits of each field, and
    /// the slot must depend on all of them. Slots use the low bits.
    @inline(__always)
    static func hash(_ key: UInt64) -> Int {
        var h = key
        h ^= h >> 33
        h = h &* 0xFF51_AFD7_ED55_8CCD
        h ^= h >> 33
        h = h &* 0xC4CE_B9FE_1A85_EC53
        h ^= h >> 33
        return Int(truncatingIfNeeded: h)
    }
}
