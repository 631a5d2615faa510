// swift-tools-version: 6.1
import PackageDescription

let strict: [SwiftSetting] = [
    .enableUpcomingFeature("ExistentialAny"),
    .enableUpcomingFeature("MemberImportVisibility"),
]

let package = Package(
    name: "Arvio",
    platforms: [.macOS(.v14)],
    products: [
        // The library: the methods, the gate and the sensitivity analysis as pure values. ArvioIO and ArvioReports are
        // the tool's own edges, shared between its modules with `package` access, not a library API.
        .library(name: "ArvioCore", targets: ["ArvioCore"]),
        .executable(name: "arvio", targets: ["arvio"]),
        .executable(name: "arvio-bench", targets: ["ArvioBench"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/apple/swift-numerics", from: "1.1.1"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
        .package(url: "https://github.com/JohnSundell/Ink", from: "0.6.0"),
        // The web app. Arvio asks for none of Hummingbird's default traits (swift-configuration, full Foundation), but
        // hummingbird-auth's own dependency on it does, so they are built all the same.
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1", traits: []),
        // Reading a workbook uploaded from the browser (a multipart/form-data form).
        .package(url: "https://github.com/vapor/multipart-kit", from: "4.7.1"),
        .package(url: "https://github.com/apple/swift-http-types", from: "1.8.0"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
        .package(url: "https://github.com/apple/swift-nio", from: "2.101.2"),
        // bcrypt for passwords; templates that escape what they insert (STYLE.md: "Pages of the web app").
        .package(url: "https://github.com/hummingbird-project/hummingbird-auth", from: "2.5.0"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
    ],
    targets: [
        // Pure values and functions: no IO, clock, locale or unseeded randomness.
        .target(
            name: "ArvioCore", dependencies: [.product(name: "RealModule", package: "swift-numerics")],
            swiftSettings: strict),
        // libxml2 (a system library, as SQLite is): the reader of untrusted XML (XMCDA files, workbook parts).
        .systemLibrary(name: "CLibXML2", pkgConfig: "libxml-2.0", providers: [.apt(["libxml2-dev"])]),
        // The edges: reading the project's files into core values, with located errors.
        .target(
            name: "ArvioIO",
            dependencies: [
                "ArvioCore", "CLibXML2", .product(name: "Yams", package: "Yams"), .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "Crypto", package: "swift-crypto"), .product(name: "ZIPFoundation", package: "ZIPFoundation"),
            ],
            swiftSettings: strict),
        // Rendering core values as documents (terminal tables, CSV, JSON, the report, the toolkit site).
        .target(
            name: "ArvioReports",
            dependencies: ["ArvioCore", .product(name: "Ink", package: "Ink")],
            swiftSettings: strict),
        // The web app (`arvio serve`): the same store, core and pages behind routes that each carry an access rule.
        .target(
            name: "ArvioServer",
            dependencies: [
                "ArvioCore", "ArvioIO", "ArvioReports", .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HTTPTypes", package: "swift-http-types"), .product(name: "Logging", package: "swift-log"),
                .product(name: "Crypto", package: "swift-crypto"), .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"), .product(name: "HummingbirdBcrypt", package: "hummingbird-auth"),
                .product(name: "MultipartKit", package: "multipart-kit"),
            ],
            resources: [.copy("API/openapi.yaml")],
            swiftSettings: strict),
        // The command line: parse, call, print.
        .executableTarget(
            name: "arvio",
            dependencies: [
                "ArvioCore", "ArvioIO", "ArvioReports", "ArvioServer",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            swiftSettings: strict),
        // Every reader of untrusted input as a fuzz target: driven by libFuzzer in arvio-fuzz, replayed by the tests.
        .target(name: "ArvioFuzzTargets", dependencies: ["ArvioCore", "ArvioIO", "ArvioReports"], swiftSettings: strict),
        // Speed measurements recorded in BENCHMARKS.md: `swift run -c release arvio-bench`.
        .executableTarget(
            name: "ArvioBench", dependencies: ["ArvioCore", "ArvioIO"], path: "Benchmarks/ArvioBench", swiftSettings: strict),
        .testTarget(name: "ArvioCoreTests", dependencies: ["ArvioCore"], swiftSettings: strict),
        .testTarget(name: "ArvioReportsTests", dependencies: ["ArvioCore", "ArvioReports"], exclude: ["Golden"], swiftSettings: strict),
        .testTarget(
            name: "ArvioIOTests",
            dependencies: [
                "ArvioIO", "ArvioCore", "ArvioReports", "ArvioFuzzTargets", .product(name: "ZIPFoundation", package: "ZIPFoundation"),
                .product(name: "GRDB", package: "GRDB.swift"),
            ],
            swiftSettings: strict),
        .testTarget(
            name: "ArvioServerTests",
            dependencies: [
                "ArvioServer", "ArvioReports", "ArvioCore", "ArvioIO", .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "GRDB", package: "GRDB.swift"), .product(name: "Yams", package: "Yams"),
                .product(name: "HummingbirdTesting", package: "hummingbird"), .product(name: "HTTPTypes", package: "swift-http-types"),
                // The oracle of HTMLTemplate, Arvio's own faster renderer of the same syntax.
                .product(name: "Mustache", package: "swift-mustache"),
            ],
            swiftSettings: strict),
        .testTarget(
            name: "arvioTests",
            dependencies: ["arvio", "ArvioCore", "ArvioIO", "ArvioReports", .product(name: "GRDB", package: "GRDB.swift")],
            swiftSettings: strict),
    ],
    swiftLanguageModes: [.v6]
)

// libFuzzer's driver, only when asked for (RELIABILITY.md): ARVIO_FUZZ=1 swift build --build-path .build-fuzz
// -Xswiftc -sanitize=fuzzer,address --product arvio-fuzz
if Context.environment["ARVIO_FUZZ"] != nil {
    package.products.append(.executable(name: "arvio-fuzz", targets: ["ArvioFuzz"]))
    package.targets.append(
        .executableTarget(name: "ArvioFuzz", dependencies: ["ArvioFuzzTargets"], path: "Fuzz/ArvioFuzz", swiftSettings: strict))
}
