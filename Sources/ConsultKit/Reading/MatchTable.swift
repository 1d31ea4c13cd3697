/// A lookup from what people write to the element it names, built once so that reading a row of a
/// survey export costs one dictionary look-up per cell, not a comparison with every synonym.
///
/// It answers exactly as ``Swift/Array/matching(_:)`` does: an id wins over a label, a label over a
/// synonym, and among equals the element listed first.
struct MatchTable<Element: Matchable & Sendable>: Sendable {
    /// The elements, in the order they were given.
    let elements: [Element]
    private let index: [String: Int]

    init(_ elements: [Element]) {
        self.elements = elements
        var index: [String: Int] = [:]
        // Lowest priority first, so ids overwrite labels and labels overwrite synonyms; within a tier the
        // list is walked backwards so the first element listed wins.
        for (position, element) in elements.enumerated().reversed() {
            for synonym in element.synonyms.reversed() where !synonym.matchKey.isEmpty {
                index[synonym.matchKey] = position
            }
        }
        for (position, element) in elements.enumerated().reversed() where !element.label.matchKey.isEmpty {
            index[element.label.matchKey] = position
        }
        for (position, element) in elements.enumerated().reversed() where !element.id.matchKey.isEmpty {
            index[element.id.matchKey] = position
        }
        self.index = index
    }

    /// The element `text` names, ignoring case and extra spaces.
    func matching(_ text: String) -> Element? {
        index[text.matchKey].map { elements[$0] }
    }
}
