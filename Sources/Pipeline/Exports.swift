// `import Kiemdiem` gives every stage of the pipeline.
@_exported import KiemdiemCore
@_exported import KiemdiemIngest
@_exported import KiemdiemNormalize
@_exported import KiemdiemTokenize
@_exported import KiemdiemSegment
@_exported import KiemdiemExtract
@_exported import KiemdiemCheck
@_exported import KiemdiemStore
@_exported import KiemdiemReport
