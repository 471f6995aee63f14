// The Check stage of the pipeline (see Sources/Pipeline/Pipeline.swift).
