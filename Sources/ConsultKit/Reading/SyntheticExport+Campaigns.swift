extension SyntheticExport {
    /// The questions whose comment columns the export has, in column order.
    static let commentQuestions = ["q1", "q2", "q3", "q4", "comments"]

    /// A campaign's model answers, which its supporters paste into the form.
    struct CampaignTemplate: Sendable {
        /// Per scaled question: the cell as written, and the answer id it means.
        var answers: [(cell: String, id: String)]
        /// Per comment column (``commentQuestions``): the sentences, some of them from
        /// ``themeSentences`` so that they raise themes; the others raise none.
        var comments: [[String]]
    }

    /// Three campaigns with different views: one against, one for, one undecided.
    static let campaignTemplates = [
        CampaignTemplate(
            answers: [
                ("Strongly disagree", "strongly-disagree"), ("Strongly disagree", "strongly-disagree"),
                ("Tend to disagree", "disagree"), ("Strongly disagree", "strongly-disagree"), ("Option 1", "option-1"),
            ],
            comments: [
                [
                    "We oppose putting these new bodies into law before the pandemic is over.",
                    "Decisions about our services should stay locally accountable, not be taken in a distant office.",
                    "Nobody in our street voted for this and nobody asked us first.",
                ],
                [
                    "A corporate NHS body would answer upwards to the centre and not outwards to the people it serves.",
                    "Keep the accident and emergency department open seven days a week.",
                ],
                ["Every borough should have the same seat at the table, written into the rules from the start."],
                [
                    "Specialist services should stay where patients can reach them by bus.",
                    "This is another top-down change imposed from above.",
                ],
                [
                    "Save our local hospital and keep it in public hands.",
                    "Please count this response as one voice among many in our campaign.",
                ],
            ]),
        CampaignTemplate(
            answers: [
                ("Agree", "agree"), ("Tend to agree", "agree"), ("Agree", "agree"),
                ("Neither agree nor disagree", "neutral"), ("Option 2", "option-2"),
            ],
            comments: [
                [
                    "A single statutory body could finally give mental health the same priority as physical health.",
                    "Waiting lists for talking therapies in our area are far too long.",
                ],
                [
                    "Clear accountability would help families know who to complain to when care falls short.",
                    "The patient voice must be heard at every level of the new board.",
                ],
                ["Mental health trusts must be full members of every board, not invited guests."],
                ["Specialised mental health beds should be planned across the whole region."],
                [
                    "Parity of esteem must be more than a slogan in the new system.",
                    "Areas of high deprivation need more help, not the same help.",
                ],
            ]),
        CampaignTemplate(
            answers: [
                ("Neither agree nor disagree", "neutral"), ("Don't know", "dont-know"),
                ("Strongly agree", "strongly-agree"), ("Tend to agree", "agree"), ("Neither", "neither"),
            ],
            comments: [
                [
                    "We take no side on the legal form, as long as families are listened to.",
                    "Unpaid carers hold the system together and are rarely asked their view.",
                ],
                ["We cannot judge which model is clearer from the document alone."],
                ["Each area should be free to choose partners that match its own population."],
                ["Transfer services only when the new bodies have shown they can run them well."],
                [
                    "Please publish an easy read version of the final decision.",
                    "Families looking after relatives every day want to be treated as partners in care.",
                ],
            ]),
    ]
}
