extension Crowd {
    /// An empty crowd sharing this one's questionnaire, matcher and layout, for folding one batch of rows
    /// on another thread.
    func emptyCopy() -> Crowd {
        Crowd(sharing: self)
    }

    /// An empty crowd whose samples start as this one's, as placeholders: a batch folded into it keeps
    /// whole only the rows that could still enter a sample once merged, instead of its own first rows.
    ///
    /// The placeholders' names get storage of their own (one copy per distinct name): a batch compares
    /// against them for every row, and two threads counting references to one string slow each other down.
    func batchCopy() -> Crowd {
        var copy = Crowd(sharing: self)
        var copies: [String: String] = [:]
        func own(_ text: String) -> String {
            if let existing = copies[text] { return existing }
            let fresh = text.deepCopy()
            copies[text] = fresh
            return fresh
        }
        copy.samples = samples.map { sample in
            guard !sample.entries.isEmpty else { return sample }
            return Sample(
                sorted: sample.entries.map { entry in
                    let order = Sample.Order(
                        first: own(entry.order.first), second: own(entry.order.second), source: own(entry.order.source),
                        row: entry.order.row)
                    return Sample.Entry(order: order, index: -1)
                })
        }
        copy.refreshBounds()
        return copy
    }

    /// Makes room for `rows` respondents' campaign signatures, the largest thing kept per respondent.
    mutating func reserveCapacity(rows: Int) {
        campaigns.reserveCapacity(rows)
    }

    /// Appends the respondents of `other`, folded from the rows that follow this crowd's, as if they had
    /// been folded here: samples keep the first of either, by the same order.
    mutating func append(_ other: Crowd) {
        let offset = count
        let mentionOffset = Int32(mentions.count)
        let sourceMap = other.sources.map { name -> Int32 in
            if let existing = sources.lastIndex(of: name) { return Int32(existing) }
            sources.append(name)
            return Int32(sources.count - 1)
        }
        source += other.source.map { sourceMap[Int($0)] }
        row += other.row
        place += other.place
        submitted += other.submitted
        unquotable += other.unquotable
        answers += other.answers
        flags += other.flags
        commented += other.commented
        mentions += other.mentions
        mentionStart += other.mentionStart.dropFirst().map { $0 + mentionOffset }
        for (key, text) in other.unrecognisedText { unrecognisedText[key + offset * layout.scaled] = text }
        campaigns.append(contentsOf: other.campaigns, offsetBy: offset)
        // When none of `other`'s respondents entered a sample (most batches, after the first few), the
        // samples, who is kept and the bounds all stay as they are.
        guard other.samples.contains(where: { $0.entries.contains { $0.index >= 0 } }) else { return }
        var referenced = Set<Int>()
        for slot in samples.indices {
            let incoming = other.samples[slot].entries.filter { $0.index >= 0 }.map {
                Sample.Entry(order: $0.order, index: $0.index + offset)
            }
            if !incoming.isEmpty { samples[slot].merge(incoming, capacity: Self.sampleSize) }
            for entry in samples[slot].entries { referenced.insert(entry.index) }
        }
        for (index, record) in other.kept where referenced.contains(index + offset) { kept[index + offset] = record }
        for index in kept.keys where !referenced.contains(index) { kept[index] = nil }
        holders = [:]
        for slot in samples.indices {
            for entry in samples[slot].entries { holders[entry.index, default: 0] += 1 }
        }
        refreshBounds()
    }
}
