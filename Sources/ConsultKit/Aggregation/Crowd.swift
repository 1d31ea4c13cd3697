/// Members of the public read from survey exports, folded in as each row is read.
///
/// A national export holds hundreds of thousands of them and they are never merged or named, so only
/// what the figures and documents need is kept: a few bytes per respondent (place, date, answers, themes
/// raised), and, for each group a document quotes from (the respondents on one side of a question, those
/// who raised a theme in it, …), the first few respondents in the order the document lists them, whole.
/// Documents list at most ``Crowd/sampleSize`` of a group, so keeping those is enough to write them
/// exactly as if everyone had been kept.
struct Crowd: Sendable {
    /// How many respondents of each group, per place, are kept whole for quoting.
    static let sampleSize = 12

    let questionnaire: Questionnaire
    let matcher: ThemeMatcher
    let layout: Layout

    /// The files rows came from, in the order first seen.
    var sources: [String] = []
    /// Per respondent: the index of its file in `sources`, and its row there.
    var source: [Int32] = []
    var row: [Int32] = []
    /// Per respondent: the index of its place in the questionnaire's places, or -1.
    var place: [Int8] = []
    /// Per respondent: the day submitted as `yyyymmdd`, or 0.
    var submitted: [Int32] = []
    /// Per respondent: whether they asked not to be quoted (publish: no).
    var unquotable: [Bool] = []
    /// Per respondent and scaled question (`index * scaled + question`): 0 for no answer, the option's
    /// position + 1, or ``Crowd/unrecognisedCode``.
    var answers: [UInt8] = []
    /// Per respondent and scaled question: ``Flag`` bits.
    var flags: [UInt8] = []
    /// Per respondent: a bit per question (of all questions) whose answer has text.
    var commented: [UInt64] = []
    /// Per respondent, from `mentionStart[index]` to `mentionStart[index + 1]`: the themes raised, as
    /// `theme << 8 | question`, in the order a ``Record``'s mentions list them.
    var mentions: [UInt16] = []
    var mentionStart: [Int32] = [0]
    /// What respondents wrote that matched no option, by `index * scaled + question`.
    var unrecognisedText: [Int: String] = [:]
    /// Per group and place: the respondents kept whole, in the order documents list them.
    var samples: [Sample] {
        didSet { samplesRevision &+= 1 }
    }
    /// Counts the changes to `samples`: while it stays the same, so do they.
    private(set) var samplesRevision = 0
    /// Per sample, where a respondent must come to enter it, and the names bounds refer to.
    private(set) var bounds: [Bound]
    private(set) var names = Names()
    /// What every respondent wrote, as signatures for spotting campaigns (ids are respondent indexes).
    var campaigns = CampaignDetector()
    /// The respondents kept whole, by index, with how many samples hold each.
    var kept: [Int: Record] = [:]
    var holders: [Int: Int] = [:]
    /// The last respondent name seen and its match key: most rows share one name ("Member of the
    /// public"), so the key is worked out once and the same string compares by identity.
    private var lastName = ""
    private var lastKey = ""
    /// Those two names, and the file of the last row folded, as indexes in `names` (the empty name is 0).
    private var lastNameID: Int32 = 0
    private var lastKeyID: Int32 = 0
    private var lastSource = -1
    private var lastSourceID: Int32 = 0
    /// The groups and the texts of the row being folded, and the matcher's working space, reused from
    /// row to row.
    private var rowGroups: [Int] = []
    private var rowTexts: [String] = []
    /// The groups whose samples the member just folded would enter.
    private var early: [Int] = []
    private var scratch = ThemeMatcher.Scratch()

    /// The code for an answer that matched no option.
    static let unrecognisedCode: UInt8 = 255

    /// Bits of `flags`.
    enum Flag {
        static let conditional: UInt8 = 1
        static let inferred: UInt8 = 2
        static let confidence: UInt8 = 4
    }

    init(questionnaire: Questionnaire) {
        self.questionnaire = questionnaire
        matcher = ThemeMatcher(themes: questionnaire.themes)
        layout = Layout(questionnaire: questionnaire)
        samples = Array(repeating: Sample(), count: layout.groupCount * (questionnaire.places.count + 1))
        bounds = Array(repeating: Bound(), count: samples.count)
    }

    init(sharing other: Crowd) {
        questionnaire = other.questionnaire
        matcher = other.matcher
        layout = other.layout
        samples = Array(repeating: Sample(), count: other.samples.count)
        bounds = Array(repeating: Bound(), count: samples.count)
    }

    /// An empty crowd sharing `other`'s questionnaire, matcher and layout, starting from the samples of `start`.
    init(sharing other: Crowd, samples start: Crowd) {
        self.init(sharing: other)
        samples = start.samples
        refreshBounds()
    }

    /// How many respondents have been folded in.
    var count: Int { place.count }

    /// The questionnaire's place id of respondent `index`, or `nil`.
    func placeID(_ index: Int) -> String? {
        place[index] < 0 ? nil : questionnaire.places[Int(place[index])].id
    }

    /// The day respondent `index` submitted, if known.
    func day(_ index: Int) -> Day? {
        let value = Int(submitted[index])
        return value == 0 ? nil : Day(year: value / 10_000, month: value / 100 % 100, day: value % 100)
    }

    /// Whether respondent `index` submitted after the feedback deadline.
    func isLate(_ index: Int) -> Bool {
        guard let deadline = questionnaire.feedbackDeadline, submitted[index] != 0 else { return false }
        // Days are kept as `yyyymmdd` (always a real day), which order as the days do: no `Day` is made
        // for each of a few hundred thousand respondents.
        return Int(submitted[index]) > deadline.year * 10_000 + deadline.month * 100 + deadline.day
    }

    /// The `source:row` of respondent `index`, as messages name it.
    func location(_ index: Int) -> String { "\(sources[Int(source[index])]):\(row[index])" }

    /// The kept respondents of one group, merged across the places `selection` lets through, first `sampleSize`.
    func sample(_ group: Int, places: [Int]) -> [(index: Int, record: Record)] {
        var entries: [Sample.Entry] = []
        for slot in places { entries += samples[slot * layout.groupCount + group].entries }
        entries.sort { $0.order < $1.order }
        return entries.prefix(Self.sampleSize).compactMap { entry in kept[entry.index].map { (entry.index, $0) } }
    }
}

extension Crowd {
    /// Folds one member of the public in: counts what they said, and keeps them whole while they are
    /// among the first of any group.
    mutating func fold(_ response: Response) {
        if fold(CrowdRow(response, layout: layout, questionnaire: questionnaire)) { keep(response) }
    }

    /// Folds in one member of the public read as a ``CrowdRow``, and returns whether they are among the first
    /// of some group: their response must then be built and given to ``keep(_:)`` before anyone else is
    /// folded. (Not a closure that builds it: forming one for every row would copy what it captures.)
    mutating func fold(_ member: CrowdRow) -> Bool {
        let index = count
        let scaled = layout.scaled
        let sourceIndex: Int
        if let last = sources.indices.last, sources[last] == member.source {
            sourceIndex = last
        } else {
            sources.append(member.source)
            sourceIndex = sources.count - 1
        }
        source.append(Int32(sourceIndex))
        row.append(Int32(clamping: member.row))
        place.append(Int8(member.place))
        submitted.append(member.submitted)
        unquotable.append(member.unquotable)
        var commentedBits: UInt64 = 0
        var groups = rowGroups
        groups.removeAll(keepingCapacity: true)
        defer { rowGroups = groups }
        var texts = rowTexts
        texts.removeAll(keepingCapacity: true)
        defer { rowTexts = texts }
        // The themes a member listed come in question order: `concern` walks them alongside the questions.
        var concern = 0
        for position in member.texts.indices {
            let text = member.texts[position]
            if !text.isEmpty {
                // What the respondent wrote, in questionnaire order, as `Response.campaignText` gives it.
                texts.append(text)
                if position < 64 {
                    commentedBits |= 1 << UInt64(position)
                    groups.append(layout.commenting(position))
                }
            }
            // Themes, as `Analysis.record` lists them: those listed first, then those found in the text.
            // Each theme once per question; themes past the 64th fall back to a slower check.
            var seen: UInt64 = 0
            var seenBeyond: [Int] = []
            while concern < member.concerns.count, member.concerns[concern].question == position {
                let theme = member.concerns[concern].theme
                concern += 1
                if Self.firstTime(theme, &seen, &seenBeyond) {
                    mentions.append(UInt16(theme << 8 | position))
                    groups.append(layout.theme(theme, question: position))
                }
            }
            if !text.isEmpty {
                matcher.themes(in: text, scratch: &scratch)
                for (theme, _) in scratch.hits where Self.firstTime(theme, &seen, &seenBeyond) {
                    mentions.append(UInt16(theme << 8 | position))
                    groups.append(layout.theme(theme, question: position))
                }
            }
            guard let scaledIndex = layout.scaledIndex[position] else { continue }
            let code = member.codes[scaledIndex]
            let flag = member.flags[scaledIndex]
            if code != 0, code != Self.unrecognisedCode {
                groups.append(layout.side(layout.optionSide[scaledIndex][Int(code) - 1], question: scaledIndex))
            }
            if flag & Flag.conditional != 0, code != 0 { groups.append(layout.conditional(scaledIndex)) }
            answers.append(code)
            flags.append(flag)
        }
        for (scaledIndex, text) in member.unrecognised { unrecognisedText[index * scaled + scaledIndex] = text }
        commented.append(commentedBits)
        mentionStart.append(Int32(mentions.count))
        campaigns.add(id: index, parts: texts)
        return isEarly(member, index: index, groups: groups)
    }

    /// Whether `theme` is seen for the first time in this answer (a bit per theme up to 64, a list beyond).
    private static func firstTime(_ theme: Int, _ seen: inout UInt64, _ beyond: inout [Int]) -> Bool {
        if theme < 64 {
            defer { seen |= 1 << UInt64(theme) }
            return seen & (1 << UInt64(theme)) == 0
        }
        if beyond.contains(theme) { return false }
        beyond.append(theme)
        return true
    }

    /// Works out every sample's bound again, after the samples were replaced or merged.
    mutating func refreshBounds() {
        var names = self.names
        bounds = samples.map { Bound($0, names: &names) }
        self.names = names
    }

    /// Whether the member just folded is among the first `sampleSize` of any of its groups' samples, noting
    /// those groups for ``keep(_:)``.
    private mutating func isEarly(_ member: CrowdRow, index: Int, groups: [Int]) -> Bool {
        let slot = (place[index] < 0 ? questionnaire.places.count : Int(place[index])) * layout.groupCount
        if member.respondent != lastName {
            lastName = member.respondent
            lastKey = member.respondent.matchKey
            lastNameID = names.id(lastName)
            lastKeyID = names.id(lastKey)
        }
        if Int(source[index]) != lastSource {
            lastSource = Int(source[index])
            lastSourceID = names.id(sources[lastSource])
        }
        let (name, key, source, row) = (lastNameID, lastKeyID, lastSourceID, member.row)
        var accepting = early
        accepting.removeAll(keepingCapacity: true)
        defer { early = accepting }
        for group in groups {
            let side = layout.isSide(group)
            if bounds[slot + group].admits(
                first: side ? name : key, second: side ? key : 0, source: source, row: row, names: names)
            {
                accepting.append(group)
            }
        }
        return !accepting.isEmpty
    }

    /// Keeps the member just folded whole, as `response`, in each group's sample where they are among the
    /// first `sampleSize` (as ``fold(_:)`` found).
    mutating func keep(_ response: Response) {
        let index = count - 1
        let slot = (place[index] < 0 ? questionnaire.places.count : Int(place[index])) * layout.groupCount
        let source = sources[Int(self.source[index])]
        let row = response.row ?? 0
        let listed = Sample.Order(first: lastKey, second: "", source: source, row: row)
        let bySide = Sample.Order(first: lastName, second: lastKey, source: source, row: row)
        kept[index] = Analysis.record(for: response, questionnaire: questionnaire, matcher: matcher)
        for group in early {
            let order = layout.isSide(group) ? bySide : listed
            holders[index, default: 0] += 1
            let evicted = samples[slot + group].insert(
                Sample.Entry(order: order, index: index), capacity: Self.sampleSize)
            bounds[slot + group] = Bound(samples[slot + group], names: &names)
            if let evicted, evicted >= 0 {
                holders[evicted, default: 1] -= 1
                if holders[evicted] == 0 {
                    holders[evicted] = nil
                    kept[evicted] = nil
                }
            }
        }
    }
}
