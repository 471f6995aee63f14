// The Store stage of the pipeline (see Sources/Pipeline/Pipeline.swift).
