import ArvioCore
import Foundation

/// The central directory of an untrusted ZIP package (an .xlsx from an e-mail), checked before any byte is inflated:
/// every offset and size lies inside the file, every part's local header agrees with the directory, and no part may
/// inflate beyond ``WorkbookProblem/partLimit``, beyond ``WorkbookProblem/ratioLimit`` times its compressed size, or
/// all parts together beyond ``WorkbookProblem/packageLimit``. ZIP64, spanned archives, encryption and compression
/// methods other than stored and deflate are refused (Excel and LibreOffice write none of them for a workbook).
struct ZIPDirectory {
    struct Entry: Hashable {
        var name: String
        var method: UInt16
        var crc32: UInt32
        var compressedSize: Int
        var uncompressedSize: Int
        /// Where the part's compressed bytes start.
        var dataOffset: Int
    }

    var entries: [String: Entry]

    init(_ bytes: [UInt8]) throws(WorkbookProblem) {
        let size = bytes.count
        func u16(_ at: Int) -> Int { Int(bytes[at]) | Int(bytes[at + 1]) << 8 }
        func u32(_ at: Int) -> Int { u16(at) | u16(at + 2) << 16 }
        // The end-of-central-directory record: within the last 64 KiB + 22 bytes (its comment is at most 64 KiB).
        guard size >= 22 else { throw .notAPackage }
        var end: Int?
        var index = size - 22
        while index >= max(0, size - 22 - 0xFFFF) {
            if bytes[index] == 0x50, bytes[index + 1] == 0x4B, bytes[index + 2] == 0x05, bytes[index + 3] == 0x06,
                index + 22 + u16(index + 20) <= size
            {
                end = index
                break
            }
            index -= 1
        }
        guard let end else { throw .notAPackage }
        let (disk, directoryDisk, onDisk, count) = (u16(end + 4), u16(end + 6), u16(end + 8), u16(end + 10))
        let (directorySize, directoryOffset) = (u32(end + 12), u32(end + 16))
        if count == 0xFFFF || directorySize == 0xFFFF_FFFF || directoryOffset == 0xFFFF_FFFF { throw .unsupportedPackage("ZIP64") }
        guard disk == 0, directoryDisk == 0, onDisk == count else { throw .unsupportedPackage("spanned archive") }
        guard directoryOffset + directorySize <= end else { throw .outOfBounds(part: nil, fileSize: size) }

        var entries: [String: Entry] = [:]
        var cursor = directoryOffset
        var total = 0
        for _ in 0..<count {
            guard cursor + 46 <= directoryOffset + directorySize, u32(cursor) == 0x0201_4B50 else {
                throw .outOfBounds(part: nil, fileSize: size)
            }
            let (flags, method, crc) = (u16(cursor + 8), UInt16(u16(cursor + 10)), UInt32(u32(cursor + 16)))
            let (compressed, uncompressed) = (u32(cursor + 20), u32(cursor + 24))
            let (nameLength, extraLength, commentLength) = (u16(cursor + 28), u16(cursor + 30), u16(cursor + 32))
            let local = u32(cursor + 42)
            let next = cursor + 46 + nameLength + extraLength + commentLength
            guard next <= directoryOffset + directorySize else { throw .outOfBounds(part: nil, fileSize: size) }
            let name = String(decoding: bytes[(cursor + 46)..<(cursor + 46 + nameLength)], as: UTF8.self)
            if compressed == 0xFFFF_FFFF || uncompressed == 0xFFFF_FFFF || local == 0xFFFF_FFFF { throw .unsupportedPackage("ZIP64") }
            if flags & 0x1 != 0 { throw .unsupportedPackage("encrypted part '\(name)'") }
            guard method == 0 || method == 8 else { throw .unsupportedPackage("compression method \(method) in '\(name)'") }
            // The local header and the part's bytes lie before the directory, and the header agrees with it.
            guard local + 30 <= directoryOffset, u32(local) == 0x0403_4B50 else { throw .outOfBounds(part: name, fileSize: size) }
            let dataOffset = local + 30 + u16(local + 26) + u16(local + 28)
            guard dataOffset + compressed <= directoryOffset else { throw .outOfBounds(part: name, fileSize: size) }
            guard uncompressed <= WorkbookProblem.partLimit else { throw .partTooLarge(part: name, limit: WorkbookProblem.partLimit) }
            if uncompressed > 1 << 20, uncompressed / max(compressed, 1) > WorkbookProblem.ratioLimit {
                throw .ratioTooHigh(part: name, limit: WorkbookProblem.ratioLimit)
            }
            if u16(local + 6) & 0x8 == 0, u32(local + 18) != compressed || u32(local + 22) != uncompressed {
                throw .damagedPart(name)
            }
            total += uncompressed
            guard total <= WorkbookProblem.packageLimit else { throw .packageTooLarge(limit: WorkbookProblem.packageLimit) }
            guard entries[name] == nil else { throw .duplicatePart(name) }
            entries[name] = Entry(
                name: name, method: method, crc32: crc, compressedSize: compressed, uncompressedSize: uncompressed, dataOffset: dataOffset)
            cursor = next
        }
        self.entries = entries
    }
}
