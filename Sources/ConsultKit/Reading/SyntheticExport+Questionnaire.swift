/// The questionnaire and the sentences a synthetic export is made of.
extension SyntheticExport {
    /// A consultation shaped like the 2020 one: four agreement questions, an option choice and comments.
    public static let questionnaire = Questionnaire(
        id: "synthetic-consultation", title: "A synthetic consultation on integrated care",
        publisher: "The synthetic publisher", respondingBody: "The synthetic partnership",
        feedbackDeadline: Day(year: 2021, month: 1, day: 4), submissionDeadline: Day(year: 2021, month: 1, day: 8),
        scales: [
            "agreement": [
                ScaleOption(id: "strongly-agree", label: "Strongly agree", side: "agree"),
                ScaleOption(id: "agree", label: "Agree", side: "agree", synonyms: ["tend to agree"]),
                ScaleOption(id: "neutral", label: "Neither agree nor disagree", side: "neutral"),
                ScaleOption(id: "disagree", label: "Disagree", side: "disagree", synonyms: ["tend to disagree"]),
                ScaleOption(id: "strongly-disagree", label: "Strongly disagree", side: "disagree"),
                ScaleOption(id: "dont-know", label: "Don't know", side: "none"),
            ],
            "options": [
                ScaleOption(id: "option-1", label: "Option 1: a statutory committee", side: "option-1"),
                ScaleOption(id: "option-2", label: "Option 2: a statutory NHS body", side: "option-2"),
                ScaleOption(id: "neither", label: "Neither option", side: "neither", synonyms: ["neither"]),
                ScaleOption(id: "no-preference", label: "No preference", side: "none"),
            ],
        ],
        questions: [
            Question(
                id: "q1", label: "Q1", text: "Do you agree that ICSs need a statutory footing?", scale: "agreement"),
            Question(id: "q2", label: "Q2", text: "Do you agree that option 2 offers clarity?", scale: "agreement"),
            Question(
                id: "q3", label: "Q3", text: "Do you agree that membership should be permissive?", scale: "agreement"),
            Question(
                id: "q4", label: "Q4", text: "Do you agree that services should be delegated?", scale: "agreement"),
            Question(id: "option", label: "Preferred option", text: "Which option do you prefer?", scale: "options"),
            Question(id: "comments", label: "Other comments", text: "Any other comments?", scale: nil),
        ],
        stakeholderTypes: [
            StakeholderType(id: "ccg", label: "Clinical commissioning group"),
            StakeholderType(id: "nhs-trust", label: "NHS trust"),
            StakeholderType(id: "local-authority", label: "Local authority", synonyms: ["council"]),
            StakeholderType(id: "healthwatch", label: "Healthwatch"),
            StakeholderType(id: "voluntary-sector", label: "Voluntary and community sector", synonyms: ["charity"]),
            StakeholderType(id: "public", label: "Member of the public", weight: 0.5, synonyms: ["resident"]),
        ],
        places: [
            "Hackney", "Tower Hamlets", "Newham", "Waltham Forest", "Barking and Dagenham", "Havering", "Redbridge",
        ]
        .map { Place(id: $0.lowercased().replacingOccurrences(of: " ", with: "-"), label: $0) },
        themes: [
            Theme(
                id: "local-accountability", label: "Local accountability",
                phrases: ["local accountability", "locally accountable"]),
            Theme(
                id: "local-government-role", label: "Role of local government",
                phrases: ["local government", "equal partner*", "councils"]),
            Theme(id: "loss-of-veto", label: "Loss of the local veto", phrases: ["veto*", "overrul*"]),
            Theme(id: "finance-to-place", label: "Money flowing to place", phrases: ["pooled budget*", "fair share"]),
            Theme(
                id: "top-down-reorganisation", label: "Top-down reorganisation", phrases: ["top-down", "reorganis*"]),
            Theme(
                id: "public-involvement", label: "Patient and public involvement",
                phrases: ["patient voice*", "lived experience"]),
            Theme(
                id: "voluntary-sector", label: "Voluntary sector representation",
                phrases: ["voluntary sector", "charit*", "community groups"]),
            Theme(id: "workforce", label: "Workforce", phrases: ["workforce", "recruit*", "staff morale"]),
            Theme(id: "health-inequalities", label: "Health inequalities", phrases: ["inequalit*", "deprivation"]),
            Theme(
                id: "digital-exclusion", label: "Digital exclusion",
                phrases: ["digital exclusion", "online only", "internet access"]),
            Theme(id: "social-care", label: "Adult social care", phrases: ["social care", "unpaid carer*"]),
            Theme(id: "data-sharing", label: "Data sharing", phrases: ["data sharing", "patient records"]),
        ])

    /// Sentences that raise one theme each (by the index of the theme in the questionnaire's themes).
    static let themeSentences: [(theme: Int, text: String)] = [
        (0, "Decisions about our services should stay locally accountable, not be taken in a distant office."),
        (0, "I want real local accountability for how the money is spent in my borough."),
        (1, "Local government must sit at the table as an equal partner in the new system."),
        (1, "The councils know their residents and should share the decisions."),
        (2, "Removing the veto leaves smaller organisations with no protection."),
        (2, "Our borough could be overruled by a board that never visits us."),
        (3, "Pooled budgets would let the hospital and the council plan together."),
        (3, "Each area must receive its fair share of the funding, based on need."),
        (4, "This is another top-down change imposed from above."),
        (4, "A reorganisation during winter pressures is the last thing we need."),
        (5, "The patient voice must be heard at every level of the new board."),
        (5, "People with lived experience should help design these services."),
        (6, "The voluntary sector carries much of the load and deserves a seat at the table."),
        (6, "Small charities and community groups are often the first to notice when things go wrong."),
        (7, "Staff morale is low and nothing here addresses it."),
        (7, "We cannot recruit enough nurses, and new structures will not fix that."),
        (8, "The plan says little about tackling inequalities between neighbourhoods."),
        (8, "Areas of high deprivation need more help, not the same help."),
        (9, "Many older people face digital exclusion and cannot use online forms."),
        (9, "Services that are online only leave out people without internet access."),
        (10, "Social care is stretched and must be part of every decision."),
        (10, "Unpaid carers hold the system together and are rarely asked their view."),
        (11, "Better data sharing between the hospital and the GP would save lives."),
        (11, "Patient records should follow the patient across services."),
    ]

    /// Sentences that raise no theme.
    static let neutralSentences = [
        "I have read the consultation document carefully and discussed it with neighbours.",
        "Thank you for the chance to comment on these proposals before they are decided.",
        "We agree with the overall direction because joined-up care helps people stay well at home.",
        "It is not clear what will change for patients in practice, or when it will change.",
        "The timetable seems ambitious but achievable with the right support from the centre.",
        "We would welcome more detail on how the new arrangements will work from day to day.",
        "Our members discussed the proposals at a recent meeting and shared a range of views.",
        "Any change should be explained in plain English to the people it affects most.",
        "The hospital and the GP practice should work as one team for each patient they see.",
        "We support the aim of closer working between health and care services in every area.",
    ]
}
