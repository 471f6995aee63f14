import Foundation
import KiemdiemCore

/// Where the data folders are, via the project's `ResourceLocator`.
enum ResourceLocatorBridge {
    static func home() throws -> URL {
        guard let home = ResourceLocator.home else {
            throw ResourceError.notFound("models/segmenter.bin: not next to the binary (<bindir>/../share/kiemdiem/models) nor under KIEMDIEM_HOME")
        }
        return home
    }
}
