import Foundation
import KiemdiemCore

/// Where the data folders are, via the project's `ResourceLocator`.
enum ResourceLocatorBridge {
    static func home() throws -> URL {
        guard let home = ResourceLocator.home else {
            throw ResourceError.notFound("models/segmenter.bin (set KIEMDIEM_HOME to the kiemdiem folder)")
        }
        return home
    }
}
