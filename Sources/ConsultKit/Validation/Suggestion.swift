/// Finds the nearest known name to a mistyped one, for "Did you mean …?" hints.
enum Suggestion {
    /// The candidate closest to `text` by edit distance, if it is close enough to be a plausible typo.
    static func closest(to text: String, among candidates: [String]) -> String? {
        let key = Array(text.matchKey)
        guard !key.isEmpty else { return nil }
        var best: (String, Int)?
        for candidate in candidates {
            let distance = editDistance(key, Array(candidate.matchKey))
            if distance < (best?.1 ?? Int.max) { best = (candidate, distance) }
        }
        guard let (name, distance) = best, distance <= max(2, key.count / 3) else { return nil }
        return name
    }

    /// A hint sentence such as "Did you mean 'option-2'?", or an empty string.
    static func hint(for text: String, among candidates: [String]) -> String {
        closest(to: text, among: candidates).map { " Did you mean '\($0)'?" } ?? ""
    }

    /// Levenshtein distance.
    static func editDistance(_ a: [Character], _ b: [Character]) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
            }
            swap(&previous, &current)
        }
        return previous[b.count]
    }
}
