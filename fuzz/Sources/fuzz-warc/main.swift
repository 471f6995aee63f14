import FuzzDriver
import Kiemdiem

let reader = PostReader(limits: .init(maxDecompressedBytes: 8 * 1024 * 1024))

/// Any bytes read as a WARC file; the first byte picks the name hint
/// (`.warc`, `.warc.gz`, `.jsonl`, none) so gzip and JSON Lines are reached too.
fuzz { data in
    guard let first = data.first else { return }
    let names = ["fuzz.warc", "fuzz.warc.gz", "fuzz.jsonl", "fuzz"]
    let name = names[Int(first) % names.count]
    let bytes = Array(data.dropFirst())
    reader.read(bytes: bytes, path: name, name: name) { _ in }
}
