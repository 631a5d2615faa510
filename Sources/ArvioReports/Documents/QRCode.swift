/// A QR code (ISO/IEC 18004) of a short text — the feedback form's address — so that staff can show it on a screen or a
/// printed checklist: byte mode, error correction level M (15 % of the symbol may be damaged), versions 1–10 (up to
/// 213 bytes), the mask chosen by the standard's penalty rules unless one is given. Drawn as SVG by the site.
package struct QRCode: Hashable, Sendable {
    package let version: Int
    package let mask: Int
    /// `modules[row][column]`, true = dark; without the quiet zone.
    package let modules: [[Bool]]

    package var size: Int { modules.count }

    /// Level M's blocks per version 1…10: error-correction codewords per block, then (blocks, data codewords) groups.
    static let blocks: [(ec: Int, groups: [(count: Int, data: Int)])] = [
        (10, [(1, 16)]), (16, [(1, 28)]), (26, [(1, 44)]), (18, [(2, 32)]), (24, [(2, 43)]),
        (16, [(4, 27)]), (18, [(4, 31)]), (22, [(2, 38), (2, 39)]), (22, [(3, 36), (2, 37)]), (26, [(4, 43), (1, 44)]),
    ]
    /// Alignment pattern centres per version 1…10.
    static let alignment: [[Int]] = [
        [], [6, 18], [6, 22], [6, 26], [6, 30], [6, 34], [6, 22, 38], [6, 24, 42], [6, 26, 46], [6, 28, 50],
    ]

    /// The smallest symbol that holds `text`, or nil when it needs more than version 10.
    /// - Parameter mask: a fixed mask 0–7 (for comparing with another encoder), or nil for the best by penalty.
    package init?(_ text: String, mask fixed: Int? = nil) {
        let bytes = Array(text.utf8)
        guard
            let version = (1...10).first(where: { v in
                let capacity = Self.blocks[v - 1].groups.reduce(0) { $0 + $1.count * $1.data }
                return 4 + (v < 10 ? 8 : 16) + 8 * bytes.count <= capacity * 8
            })
        else { return nil }
        self.version = version
        let codewords = Self.codewords(bytes, version: version)
        let (base, isFunction) = Self.functionPatterns(version: version)
        var filled = base
        Self.place(codewords, into: &filled, isFunction: isFunction)
        var best: (mask: Int, modules: [[Bool]], penalty: Int)?
        for mask in fixed.map({ [$0] }) ?? Array(0..<8) {
            var candidate = filled
            Self.apply(mask: mask, to: &candidate, isFunction: isFunction)
            Self.drawFormat(mask: mask, into: &candidate)
            let penalty = fixed == nil ? Self.penalty(candidate) : 0
            if best == nil || penalty < best!.penalty { best = (mask, candidate, penalty) }
        }
        mask = best!.mask
        modules = best!.modules
    }

    // MARK: - Codewords

    static func codewords(_ bytes: [UInt8], version: Int) -> [UInt8] {
        let layout = blocks[version - 1]
        let capacity = layout.groups.reduce(0) { $0 + $1.count * $1.data }
        var bits: [Bool] = []
        func append(_ value: Int, _ count: Int) {
            for i in stride(from: count - 1, through: 0, by: -1) { bits.append((value >> i) & 1 == 1) }
        }
        append(0b0100, 4)
        append(bytes.count, version < 10 ? 8 : 16)
        for byte in bytes { append(Int(byte), 8) }
        append(0, min(4, capacity * 8 - bits.count))
        while bits.count % 8 != 0 { bits.append(false) }
        var data = stride(from: 0, to: bits.count, by: 8).map { start in
            bits[start..<start + 8].reduce(UInt8(0)) { $0 << 1 | ($1 ? 1 : 0) }
        }
        var pad: UInt8 = 0xEC
        while data.count < capacity {
            data.append(pad)
            pad = pad == 0xEC ? 0x11 : 0xEC
        }
        // Split into blocks, add each block's error correction, interleave.
        var dataBlocks: [[UInt8]] = []
        var offset = 0
        for group in layout.groups {
            for _ in 0..<group.count {
                dataBlocks.append(Array(data[offset..<offset + group.data]))
                offset += group.data
            }
        }
        let generator = ReedSolomon.generator(degree: layout.ec)
        let ecBlocks = dataBlocks.map { ReedSolomon.remainder($0, generator: generator) }
        var result: [UInt8] = []
        for i in 0..<(dataBlocks.map(\.count).max() ?? 0) { for block in dataBlocks where i < block.count { result.append(block[i]) } }
        for i in 0..<layout.ec { for block in ecBlocks { result.append(block[i]) } }
        return result
    }

    // MARK: - The matrix

    static func functionPatterns(version: Int) -> (modules: [[Bool]], isFunction: [[Bool]]) {
        let size = 17 + 4 * version
        var modules = Array(repeating: Array(repeating: false, count: size), count: size)
        var isFunction = modules
        func set(_ row: Int, _ column: Int, _ dark: Bool) {
            modules[row][column] = dark
            isFunction[row][column] = true
        }
        for i in 0..<size {
            set(6, i, i % 2 == 0)
            set(i, 6, i % 2 == 0)
        }
        // Finders with their separators.
        for (top, left) in [(0, 0), (0, size - 7), (size - 7, 0)] {
            for dr in -1...7 {
                for dc in -1...7 {
                    let (r, c) = (top + dr, left + dc)
                    guard (0..<size).contains(r), (0..<size).contains(c) else { continue }
                    let distance = max(abs(dr - 3), abs(dc - 3))
                    set(r, c, distance != 2 && distance != 4)
                }
            }
        }
        let centres = alignment[version - 1]
        for r in centres {
            for c in centres where !(r == 6 && c == 6) && !(r == 6 && c == centres.last!) && !(r == centres.last! && c == 6) {
                for dr in -2...2 { for dc in -2...2 { set(r + dr, c + dc, max(abs(dr), abs(dc)) != 1) } }
            }
        }
        // Reserve the format areas (drawn per mask) and draw the version information.
        for i in 0..<9 {
            if !isFunction[8][i] { set(8, i, false) }
            if !isFunction[i][8] { set(i, 8, false) }
        }
        for i in 0..<8 {
            set(8, size - 1 - i, false)
            set(size - 1 - i, 8, false)
        }
        set(size - 8, 8, true)
        if version >= 7 {
            var remainder = version
            for _ in 0..<12 { remainder = (remainder << 1) ^ ((remainder >> 11) * 0x1F25) }
            let bits = version << 12 | remainder
            for i in 0..<18 {
                let dark = (bits >> i) & 1 == 1
                let (a, b) = (size - 11 + i % 3, i / 3)
                set(b, a, dark)
                set(a, b, dark)
            }
        }
        return (modules, isFunction)
    }

    /// The codewords' bits in the standard's zigzag, two columns at a time from the bottom right, skipping the timing
    /// column; left-over modules stay light.
    static func place(_ codewords: [UInt8], into modules: inout [[Bool]], isFunction: [[Bool]]) {
        let size = modules.count
        var index = 0
        var right = size - 1
        while right >= 1 {
            if right == 6 { right = 5 }
            for vertical in 0..<size {
                for j in 0..<2 {
                    let column = right - j
                    let upward = (right + 1) & 2 == 0
                    let row = upward ? size - 1 - vertical : vertical
                    if !isFunction[row][column], index < codewords.count * 8 {
                        modules[row][column] = (codewords[index >> 3] >> (7 - UInt8(index & 7))) & 1 == 1
                        index += 1
                    }
                }
            }
            right -= 2
        }
    }

    static func apply(mask: Int, to modules: inout [[Bool]], isFunction: [[Bool]]) {
        for r in modules.indices {
            for c in modules.indices where !isFunction[r][c] {
                let invert: Bool
                switch mask {
                case 0: invert = (r + c) % 2 == 0
                case 1: invert = r % 2 == 0
                case 2: invert = c % 3 == 0
                case 3: invert = (r + c) % 3 == 0
                case 4: invert = (r / 2 + c / 3) % 2 == 0
                case 5: invert = (r * c) % 2 + (r * c) % 3 == 0
                case 6: invert = ((r * c) % 2 + (r * c) % 3) % 2 == 0
                default: invert = ((r + c) % 2 + (r * c) % 3) % 2 == 0
                }
                if invert { modules[r][c].toggle() }
            }
        }
    }

    /// The 15 format bits (level M = 00, the mask, BCH(15,5), XOR 0x5412) in both places.
    static func drawFormat(mask: Int, into modules: inout [[Bool]]) {
        let size = modules.count
        let data = mask  // level M's two bits are 00
        var remainder = data
        for _ in 0..<10 { remainder = (remainder << 1) ^ ((remainder >> 9) * 0x537) }
        let bits = (data << 10 | remainder) ^ 0x5412
        func bit(_ i: Int) -> Bool { (bits >> i) & 1 == 1 }
        for i in 0...5 { modules[i][8] = bit(i) }
        modules[7][8] = bit(6)
        modules[8][8] = bit(7)
        modules[8][7] = bit(8)
        for i in 9..<15 { modules[8][14 - i] = bit(i) }
        for i in 0..<8 { modules[8][size - 1 - i] = bit(i) }
        for i in 8..<15 { modules[size - 15 + i][8] = bit(i) }
        modules[size - 8][8] = true
    }

    // MARK: - Choosing the mask

    /// The standard's penalty: runs of five or more, 2×2 blocks, finder-like patterns, and the imbalance of dark and
    /// light.
    static func penalty(_ modules: [[Bool]]) -> Int {
        let size = modules.count
        var result = 0
        func lines(_ cell: (Int, Int) -> Bool) {
            for a in 0..<size {
                var color = false, run = 0
                var history = Array(repeating: 0, count: 7)
                for b in 0..<size {
                    if cell(a, b) == color {
                        run += 1
                        if run == 5 { result += 3 } else if run > 5 { result += 1 }
                    } else {
                        addHistory(run, &history, size)
                        if !color { result += finderPatterns(history) * 40 }
                        color = cell(a, b)
                        run = 1
                    }
                }
                if color {
                    addHistory(run, &history, size)
                    run = 0
                }
                addHistory(run + size, &history, size)
                result += finderPatterns(history) * 40
            }
        }
        lines { modules[$0][$1] }
        lines { modules[$1][$0] }
        for r in 0..<size - 1 {
            for c in 0..<size - 1 {
                let dark = modules[r][c]
                if dark == modules[r][c + 1], dark == modules[r + 1][c], dark == modules[r + 1][c + 1] { result += 3 }
            }
        }
        let dark = modules.reduce(0) { $0 + $1.count { $0 } }, total = size * size
        result += ((abs(dark * 20 - total * 10) + total - 1) / total - 1) * 10
        return result
    }

    static func addHistory(_ run: Int, _ history: inout [Int], _ size: Int) {
        history.insert(history[0] == 0 ? run + size : run, at: 0)
        history.removeLast()
    }

    static func finderPatterns(_ h: [Int]) -> Int {
        let n = h[1]
        let core = n > 0 && h[2] == n && h[3] == n * 3 && h[4] == n && h[5] == n
        return (core && h[0] >= n * 4 && h[6] >= n ? 1 : 0) + (core && h[6] >= n * 4 && h[0] >= n ? 1 : 0)
    }

    // MARK: - Drawing

    /// The symbol as SVG with a four-module quiet zone, one path of dark squares; `label` is its text alternative.
    package func svg(label: String, pixelsPerModule: Int = 4) -> String {
        let side = size + 8
        var path = ""
        for (r, row) in modules.enumerated() {
            for (c, dark) in row.enumerated() where dark { path += "M\(c + 4) \(r + 4)h1v1h-1z" }
        }
        return
            "<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" aria-label=\"\(Markup.escape(label))\" viewBox=\"0 0 \(side) \(side)\" width=\"\(side * pixelsPerModule)\" height=\"\(side * pixelsPerModule)\" shape-rendering=\"crispEdges\"><rect width=\"\(side)\" height=\"\(side)\" fill=\"#fff\"/><path fill=\"#000\" d=\"\(path)\"/></svg>"
    }
}

/// Reed–Solomon error correction over GF(256) with the QR code's polynomial x⁸ + x⁴ + x³ + x² + 1.
enum ReedSolomon {
    static func multiply(_ x: UInt8, _ y: UInt8) -> UInt8 {
        var z = 0
        for i in stride(from: 7, through: 0, by: -1) {
            z = (z << 1) ^ ((z >> 7) * 0x11D)
            z ^= ((Int(y) >> i) & 1) * Int(x)
        }
        return UInt8(z)
    }

    /// The generator polynomial's coefficients (highest first, the leading 1 left out): ∏ (x − αⁱ), i < degree.
    static func generator(degree: Int) -> [UInt8] {
        var result = Array(repeating: UInt8(0), count: degree)
        result[degree - 1] = 1
        var root: UInt8 = 1
        for _ in 0..<degree {
            for j in 0..<degree {
                result[j] = multiply(result[j], root)
                if j + 1 < degree { result[j] ^= result[j + 1] }
            }
            root = multiply(root, 0x02)
        }
        return result
    }

    static func remainder(_ data: [UInt8], generator: [UInt8]) -> [UInt8] {
        var result = Array(repeating: UInt8(0), count: generator.count)
        for byte in data {
            let factor = byte ^ result.removeFirst()
            result.append(0)
            for i in result.indices { result[i] ^= multiply(generator[i], factor) }
        }
        return result
    }
}
