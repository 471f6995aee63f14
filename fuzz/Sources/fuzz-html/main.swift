import FuzzDriver
import Kiemdiem

let reader = PostReader()

/// Any bytes read as an HTML page (libxml2 parse, article extraction,
/// charset detection).
fuzz { data in
    reader.read(bytes: Array(data), path: "fuzz.html", name: "fuzz.html") { _ in }
}
