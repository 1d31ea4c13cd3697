/// An answer inferred from a letter, with how sure it is and the sentences it rests on.
struct Inference: Sendable, Hashable {
    /// The scale option id.
    var choice: String
    /// How sure the inference is.
    var confidence: Confidence
    /// The sentences it rests on, verbatim.
    var evidence: [String]
    /// Whether the agreement came with conditions.
    var conditional: Bool = false
}
