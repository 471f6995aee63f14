// swift-tools-version: 6.0
//
// kiemdiem: reads archived Vietnamese party news posts, extracts dated,
// sourced facts (documents, officials, rating counts) and cross-checks them.
//
// The pipeline, one module per stage (folders under Sources/):
//   Ingest → Normalize → Tokenize → Extract → Check → Store / Report
// (Eval scores extraction against expected and gold records; it sits beside the pipeline.)
// `Pipeline` wires the stages together; `CLI` is the `kiemdiem` command.
// Segment (word segmentation) is not a stage of extraction: only
// `tokenize --words` and the segmenter commands use it. docs/ARCHITECTURE.md
// draws the module graph.
import PackageDescription

let package = Package(
    name: "kiemdiem",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "kiemdiem", targets: ["kiemdiem"]),
        .library(name: "Kiemdiem", targets: ["Kiemdiem"]),
        .library(name: "KiemdiemICU", targets: ["KiemdiemICU"]),
        .library(name: "KiemdiemText", targets: ["KiemdiemNormalize", "KiemdiemTokenize", "KiemdiemSegment"]),
        .library(name: "KiemdiemExtract", targets: ["KiemdiemExtract"]),
        .library(name: "KiemdiemEval", targets: ["KiemdiemEval"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.0.0"),
    ],
    targets: [
        // System libraries, each behind one Swift module.
        .systemLibrary(name: "CICU", path: "Sources/CICU", pkgConfig: "icu-uc icu-i18n",
                       providers: [.apt(["libicu-dev"])]),
        .systemLibrary(name: "CLibXML2", path: "Sources/CLibXML2", pkgConfig: "libxml-2.0",
                       providers: [.apt(["libxml2-dev"])]),
        .systemLibrary(name: "CZlib", path: "Sources/CZlib", providers: [.apt(["zlib1g-dev"])]),

        // ICU wrapper: the only module that sees ICU's C API. No Foundation here.
        .target(name: "KiemdiemICU", dependencies: ["CICU"], path: "Sources/ICU"),
        // The record contract (docs/RECORDS.md) and resource lookup.
        .target(name: "KiemdiemCore", path: "Sources/Core"),

        // The stages.
        // zlib and libxml2 behind Swift types, apart from ICU (their C headers and ICU's clash in one module).
        .target(name: "KiemdiemIngestNative", dependencies: ["CLibXML2", "CZlib"], path: "Sources/IngestNative"),
        .target(name: "KiemdiemIngest", dependencies: ["KiemdiemCore", "KiemdiemICU", "KiemdiemIngestNative"], path: "Sources/Ingest"),
        .target(name: "KiemdiemNormalize", dependencies: ["KiemdiemICU"], path: "Sources/Normalize"),
        .target(name: "KiemdiemTokenize", dependencies: ["KiemdiemNormalize", "KiemdiemICU", "KiemdiemCore"], path: "Sources/Tokenize"),
        .target(name: "KiemdiemSegment", dependencies: ["KiemdiemTokenize", "KiemdiemCore"], path: "Sources/Segment"),
        .target(name: "KiemdiemExtract", dependencies: ["KiemdiemTokenize", "KiemdiemCore", "KiemdiemICU"], path: "Sources/Extract"),
        .target(name: "KiemdiemCheck", dependencies: ["KiemdiemCore"], path: "Sources/Check"),
        .target(name: "KiemdiemStore", dependencies: ["KiemdiemCore", "CZlib", .product(name: "GRDB", package: "GRDB.swift")], path: "Sources/Store"),
        .target(name: "KiemdiemReport", dependencies: ["KiemdiemCore"], path: "Sources/Report"),
        .target(name: "Kiemdiem", dependencies: [
            "KiemdiemCore", "KiemdiemIngest", "KiemdiemNormalize", "KiemdiemTokenize", "KiemdiemSegment",
            "KiemdiemExtract", "KiemdiemCheck", "KiemdiemStore", "KiemdiemReport",
        ], path: "Sources/Pipeline"),
        // Evaluation: extraction scored against expected records (corpus/) and hand-made gold (corpus/real-dev).
        .target(name: "KiemdiemEval", dependencies: ["Kiemdiem", "KiemdiemCore", "KiemdiemICU"], path: "Sources/Eval"),
        .executableTarget(name: "kiemdiem", dependencies: [
            "Kiemdiem", "KiemdiemEval", .product(name: "ArgumentParser", package: "swift-argument-parser"),
        ], path: "Sources/CLI"),

        .testTarget(name: "ICUTests", dependencies: ["KiemdiemICU"], path: "Tests/ICUTests"),
        .testTarget(name: "NormalizeTests", dependencies: ["KiemdiemNormalize"], path: "Tests/NormalizeTests"),
        .testTarget(name: "TokenizeTests", dependencies: ["KiemdiemTokenize"], path: "Tests/TokenizeTests", exclude: ["Tables"]),
        .testTarget(name: "SegmentTests", dependencies: ["KiemdiemSegment"], path: "Tests/SegmentTests"),
        .testTarget(name: "ExtractTests", dependencies: ["KiemdiemExtract", "Kiemdiem"], path: "Tests/ExtractTests"),
        .testTarget(name: "EvalTests", dependencies: ["KiemdiemEval", "Kiemdiem"], path: "Tests/EvalTests"),
        .testTarget(name: "CheckTests", dependencies: ["KiemdiemCheck"], path: "Tests/CheckTests"),
        .testTarget(name: "IngestTests", dependencies: ["KiemdiemIngest"], path: "Tests/IngestTests"),
        .testTarget(name: "StoreTests", dependencies: ["KiemdiemStore", "KiemdiemReport", "Kiemdiem"], path: "Tests/StoreTests"),
        .testTarget(name: "CLITests", dependencies: ["kiemdiem"], path: "Tests/CLITests"),
    ],
    swiftLanguageModes: [.v5]
)
