// swift-tools-version: 6.0
//
// libFuzzer targets for kiemdiem, kept out of the main package so that its
// build and CI never see the sanitizer flags. Build and run with ./run.sh
// (see docs/RELIABILITY.md).
import PackageDescription

/// One executable per fuzz target; each hands its body to `FuzzDriver.fuzz`.
let targets: [(name: String, deps: [String])] = [
    ("fuzz-normalizer", ["KiemdiemText"]),
    ("fuzz-tokenizer", ["KiemdiemText"]),
    ("fuzz-segmenter", ["KiemdiemText"]),
    ("fuzz-numbers", ["KiemdiemExtract", "KiemdiemText"]),
    ("fuzz-dates", ["KiemdiemExtract", "KiemdiemText"]),
    ("fuzz-documents", ["KiemdiemExtract", "KiemdiemText"]),
    ("fuzz-article", ["KiemdiemExtract", "KiemdiemText", "Kiemdiem"]),
    ("fuzz-html", ["Kiemdiem"]),
    ("fuzz-warc", ["Kiemdiem"]),
]

let package = Package(
    name: "kiemdiem-fuzz",
    dependencies: [.package(name: "kiemdiem", path: "..")],
    targets: [.target(name: "FuzzDriver", path: "Sources/FuzzDriver")] + targets.map { t in
        .executableTarget(
            name: t.name,
            dependencies: ["FuzzDriver"] + t.deps.map { .product(name: $0, package: "kiemdiem") },
            path: "Sources/\(t.name)")
    },
    swiftLanguageModes: [.v5]
)
