/// Finds the campaigns among everything read: groups of responses, from response files and survey
/// export rows alike, whose answers use near-identical wording.
///
/// Members of the public folded from exports were signed as they were read (``Crowd/campaigns``); the
/// responses kept whole are signed here, after them, so one detector compares everyone with everyone.
/// Everyone is then numbered in the order read (by file, then row), so the campaigns found, and the
/// member whose wording is quoted, are the same whether or not members of the public were folded.
struct CampaignFinder {
    /// A campaign found, with where its members are.
    struct Campaign: Sendable, Hashable {
        /// The figures reported in summaries and documents.
        var summary: CampaignSummary
        /// The `FILE:ROW` (or file) of the member read first, for `validate`.
        var firstLocation: String
        /// The members that are members of the public folded from exports, by crowd index.
        var crowdMembers: [Int] = []
        /// The members kept whole, by index into the responses given.
        var responseMembers: [Int] = []
    }

    let questionnaire: Questionnaire

    /// The campaigns among the counted responses `responses` and the members of the public in `crowd`,
    /// limited to those the selection lets through, largest first.
    ///
    /// Clusters are found over everyone counted, whatever the selection, so a campaign is recognised in
    /// one borough because its wording was used across the system; a campaign is reported for a selection
    /// only if at least ``CampaignDetector/minimumSize`` of its members are in it.
    ///
    /// - Parameters:
    ///   - responses: The counted responses kept whole (superseded ones left out).
    ///   - responseIncluded: Whether each of `responses` is in the selection.
    ///   - crowd: The members of the public folded from exports, if any.
    ///   - crowdPlaces: The place slots of the crowd the selection lets through, or `nil` for none of it.
    ///   - reread: Reads export rows again whole, to quote a folded member who was not kept whole.
    ///   - signed: `responses` already signed, response `i` as `crowd.count + i`, or `nil` to sign them here.
    func campaigns(
        responses: [Response], responseIncluded: [Bool], crowd: Crowd?, crowdPlaces: Set<Int>?,
        reread: ((String, Set<Int>) -> [Int: Response])? = nil, signed: CampaignDetector? = nil
    ) -> [Campaign] {
        let everyone = People(responses: responses, crowd: crowd)
        var whole = signed ?? CampaignDetector()
        if signed == nil {
            for (index, response) in responses.enumerated() {
                whole.add(id: everyone.base + index, parts: response.campaignText(questionnaire))
            }
        }
        let detector = CampaignDetector.joined(crowd?.campaigns ?? CampaignDetector(), whole) { everyone.rank[$0] }
        let noPlace = questionnaire.places.count
        func included(_ id: Int) -> Bool {
            if let index = everyone.response(id) { return responseIncluded[index] }
            guard let crowd, let crowdPlaces else { return false }
            let row = everyone.original[id]
            return crowdPlaces.contains(crowd.place[row] < 0 ? noPlace : Int(crowd.place[row]))
        }
        func quotable(_ id: Int) -> Bool {
            if let index = everyone.response(id) { return responses[index].publish != .no }
            return crowd.map { !$0.unquotable[everyone.original[id]] } ?? false
        }
        var found: [Campaign] = []
        var quoted: [Int] = []
        for cluster in detector.clusters() {
            let members = cluster.members.filter(included)
            guard members.count >= detector.minimumSize else { continue }
            let names = Set(
                members.compactMap { everyone.response($0) }.compactMap {
                    Record(response: responses[$0], late: false, mentions: []).publicName
                })
            let summary = CampaignSummary(size: members.count, respondents: names.sorted(), text: "")
            var campaign = Campaign(summary: summary, firstLocation: everyone.location(members[0]))
            campaign.crowdMembers = members.filter { everyone.response($0) == nil }.map { everyone.original[$0] }
            campaign.responseMembers = members.compactMap { everyone.response($0) }
            found.append(campaign)
            // The wording quoted is the most typical member's, or the first quotable member's.
            let candidates = (members.contains(cluster.representative) ? [cluster.representative] : []) + members
            quoted.append(candidates.first(where: quotable) ?? -1)
        }
        let texts = quotedTexts(quoted.filter { $0 >= 0 }, everyone: everyone, reread: reread)
        for index in found.indices {
            found[index].summary.text = texts[quoted[index]].map(Redaction.redact) ?? ""
        }
        // Largest first, ties in the order read (a selection can make a later cluster the larger).
        return found.indices.sorted {
            let (first, second) = (found[$0], found[$1])
            if first.summary.size != second.summary.size { return first.summary.size > second.summary.size }
            return $0 < $1
        }.map { found[$0] }
    }

    /// The wording of the members `ids`: kept whole, or read again from their export.
    private func quotedTexts(
        _ ids: [Int], everyone: People, reread: ((String, Set<Int>) -> [Int: Response])?
    ) -> [Int: String] {
        var texts: [Int: String] = [:]
        var wanted: [String: [Int: Int]] = [:]  // source → row → id
        for id in ids {
            if let index = everyone.response(id) {
                texts[id] = everyone.responses[index].campaignWording(questionnaire)
            } else if let crowd = everyone.crowd {
                let row = everyone.original[id]
                if let record = crowd.kept[row] {
                    texts[id] = record.response.campaignWording(questionnaire)
                } else {
                    wanted[crowd.sources[Int(crowd.source[row])], default: [:]][Int(crowd.row[row])] = id
                }
            }
        }
        for (source, rows) in wanted.sorted(by: { $0.key < $1.key }) {
            let read = reread?(source, Set(rows.keys)) ?? [:]
            for (row, id) in rows { texts[id] = read[row]?.campaignWording(questionnaire) }
        }
        return texts
    }
}

extension CampaignFinder {
    /// Everyone counted, numbered in the order read: by file name, then row (a response file is row 0).
    struct People {
        let responses: [Response]
        let crowd: Crowd?
        /// The detector's first ids are crowd indexes; response `i` was added as `base + i`.
        let base: Int
        /// The number in reading order of each first id.
        let rank: [Int]
        /// The first id of each number in reading order.
        let original: [Int]

        init(responses: [Response], crowd: Crowd?) {
            self.responses = responses
            self.crowd = crowd
            base = crowd?.count ?? 0
            var names = Set(responses.map(\.source))
            if let crowd { names.formUnion(crowd.sources) }
            let fileRank = Dictionary(uniqueKeysWithValues: names.sorted().enumerated().map { ($1, $0) })
            var keys: [(key: UInt64, id: Int)] = []
            keys.reserveCapacity(base + responses.count)
            if let crowd {
                let crowdFileRank = crowd.sources.map { UInt64(fileRank[$0] ?? 0) }
                for index in 0..<crowd.count {
                    let row = UInt64(UInt32(clamping: crowd.row[index]))
                    keys.append((crowdFileRank[Int(crowd.source[index])] << 32 | row, index))
                }
            }
            for (index, response) in responses.enumerated() {
                let row = UInt64(UInt32(clamping: response.row ?? 0))
                keys.append((UInt64(fileRank[response.source] ?? 0) << 32 | row, base + index))
            }
            keys.sort { $0.key != $1.key ? $0.key < $1.key : $0.id < $1.id }
            original = keys.map(\.id)
            var rank = [Int](repeating: 0, count: keys.count)
            for (position, entry) in keys.enumerated() { rank[entry.id] = position }
            self.rank = rank
        }

        /// The index into `responses` of the person numbered `id`, or `nil` for a member of the crowd.
        func response(_ id: Int) -> Int? {
            let first = original[id]
            return first >= base ? first - base : nil
        }

        /// Where the person numbered `id` is: `FILE:ROW`, or the file.
        func location(_ id: Int) -> String {
            if let index = response(id) { return responses[index].location }
            return crowd?.location(original[id]) ?? ""
        }
    }
}
