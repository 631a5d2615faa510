/// One operating model (toimintamalli) of the remote-service toolkit: how staff deliver one kind of service
/// remotely, as a process description compatible with the Innokylä template, tied to the evaluation by the
/// must-have criteria its solution must pass.
public struct OperatingModel: Hashable, Sendable, Identifiable {
    public var id: String
    public var version: String
    public var status: PublicationStatus
    public var title: LocalizedText
    /// Innokylä: Toimintamallin lyhyt kuvaus (Finnish), with an English summary.
    public var summary: LocalizedText
    /// A catalog category (e.g. `VID`); nil for a cross-cutting model such as customer feedback.
    public var category: String?
    public var serviceAreas: [String]
    public var targetGroups: [String]
    /// Innokylä: Toteutuspaikka; Paikkakunta, maakunta tai hyvinvointialue.
    public var place: String
    public var region: String
    /// Innokylä: Kehittämisen vaihe. Allowed values are the county's to choose (the research could not verify
    /// Innokylä's list), so it is free text that the site filters on.
    public var developmentPhase: String
    public var owner: String
    /// Catalog solutions this model names explicitly (the site also lists every solution of `category`).
    public var solutions: [String]
    /// Criteria with a must-have rule that the chosen solution must pass.
    public var requiredCriteria: [String]
    public var legalBasis: [String]
    public var innokylaURL: String?
    public var kpis: [String]
    public var feedbackSurvey: String?
    public var created: String
    public var updated: String
    public var tags: [String]
    /// The body, in the order written.
    public var sections: [Section]
    /// The numbered steps of "Toiminnan kuvaus", each by a role.
    public var steps: [ProcessStep]
    /// The checklists of "Valmistelu", "Käyttöönotto" and "Käyttö".
    public var checklists: [ChecklistItem]
    public var origin: SourceLocation?
    /// Where each front-matter field was written.
    public var locations: [String: SourceLocation]

    public init(
        id: String, version: String, status: PublicationStatus, title: LocalizedText, summary: LocalizedText, category: String?,
        serviceAreas: [String] = [], targetGroups: [String] = [], place: String = "", region: String = "", developmentPhase: String = "",
        owner: String = "", solutions: [String] = [], requiredCriteria: [String] = [], legalBasis: [String] = [],
        innokylaURL: String? = nil, kpis: [String] = [], feedbackSurvey: String? = nil, created: String = "", updated: String = "",
        tags: [String] = [], sections: [Section] = [], steps: [ProcessStep] = [], checklists: [ChecklistItem] = [],
        origin: SourceLocation? = nil, locations: [String: SourceLocation] = [:]
    ) {
        self.id = id
        self.version = version
        self.status = status
        self.title = title
        self.summary = summary
        self.category = category
        self.serviceAreas = serviceAreas
        self.targetGroups = targetGroups
        self.place = place
        self.region = region
        self.developmentPhase = developmentPhase
        self.owner = owner
        self.solutions = solutions
        self.requiredCriteria = requiredCriteria
        self.legalBasis = legalBasis
        self.innokylaURL = innokylaURL
        self.kpis = kpis
        self.feedbackSurvey = feedbackSurvey
        self.created = created
        self.updated = updated
        self.tags = tags
        self.sections = sections
        self.steps = steps
        self.checklists = checklists
        self.origin = origin
        self.locations = locations
    }

    public func section(_ kind: SectionKind) -> Section? { sections.first { $0.kind == kind } }

    /// The roles that act in the process, in order of first appearance (the lanes of a BPMN diagram).
    public var roles: [Role] {
        var seen = Set<Role>()
        return steps.map(\.role).filter { seen.insert($0).inserted }
    }
}

/// luonnos | julkaistu | arkistoitu.
public enum PublicationStatus: String, Hashable, Sendable, CaseIterable, Codable {
    case draft = "luonnos"
    case published = "julkaistu"
    case archived = "arkistoitu"
}

/// The body's sections, in the order of the toolkit's template (Innokylä's fields where they exist).
public enum SectionKind: String, Hashable, Sendable, CaseIterable, Codable {
    case basicIdea = "Ratkaisun perusidea"
    case environment = "Toimintaympäristö"
    case targetGroup = "Kohderyhmä ja asiakasymmärrys"
    case process = "Toiminnan kuvaus"
    case roles = "Roolit ja vastuut"
    case preparation = "Valmistelu"
    case deployment = "Käyttöönotto"
    case use = "Käyttö"
    case indicators = "Mittarit ja seuranta"
    case feedback = "Asiakaspalaute"
    case conditions = "Toimivuuden ja käyttöönoton ehdot"
    case evaluation = "Arviointitulokset"
    case tips = "Vinkit käyttöönottajille"
    case sources = "Lähteet, liitteet ja linkit"
    case history = "Muutoshistoria"

    /// The Finnish heading is the raw value; this is the English one.
    public var english: String {
        switch self {
        case .basicIdea: "Basic idea"
        case .environment: "Operating environment"
        case .targetGroup: "Target group and customer insight"
        case .process: "Process steps"
        case .roles: "Roles and responsibilities"
        case .preparation: "Preparation"
        case .deployment: "Deployment"
        case .use: "Use"
        case .indicators: "Indicators and follow-up"
        case .feedback: "Customer feedback"
        case .conditions: "Conditions for functioning and deployment"
        case .evaluation: "Evaluation results"
        case .tips: "Tips for adopters"
        case .sources: "Sources, attachments and links"
        case .history: "Change history"
        }
    }

    public func heading(_ language: Language) -> String { language == .fi ? rawValue : english }

    /// The line that begins a model's optional English body; its sections take the English headings.
    public static let englishBody = "# In English"

    /// The three phases whose sections hold checklists.
    public static let phases: [SectionKind] = [.preparation, .deployment, .use]
}

/// A section of the body: its Markdown text as written (without the heading line).
public struct Section: Hashable, Sendable {
    public var kind: SectionKind
    public var markdown: String
    public var line: Int
    /// The section in English, from the file's optional `# In English` part; nil where it has none.
    public var english: String?

    public init(kind: SectionKind, markdown: String, line: Int, english: String? = nil) {
        self.kind = kind
        self.markdown = markdown
        self.line = line
        self.english = english
    }
}

/// The toolkit's standard roles (a lane each in BPMN).
public enum Role: String, Hashable, Sendable, CaseIterable, Codable {
    case client = "asiakas"
    case proxy = "läheinen"
    case interpreter = "tulkki"
    case professional = "ammattilainen"
    case consultant = "konsultoiva ammattilainen"
    case manager = "esihenkilö"
    case administrator = "pääkäyttäjä"
    case digitalSupport = "digituki"
    case dataProtectionOfficer = "tietosuojavastaava"
    case securityExpert = "tietoturva-asiantuntija"
    case serviceOwner = "palvelun omistaja"
    case system = "järjestelmä"

    public var name: LocalizedText {
        let english: String
        switch self {
        case .client: english = "client"
        case .proxy: english = "relative or proxy"
        case .interpreter: english = "interpreter"
        case .professional: english = "professional"
        case .consultant: english = "consulted professional"
        case .manager: english = "manager"
        case .administrator: english = "system administrator"
        case .digitalSupport: english = "digital support"
        case .dataProtectionOfficer: english = "data protection officer"
        case .securityExpert: english = "information-security expert"
        case .serviceOwner: english = "service owner"
        case .system: english = "system"
        }
        return LocalizedText(fi: rawValue, en: english)
    }
}

/// `1. **ammattilainen:** Lähettää kutsun …` in "Toiminnan kuvaus".
public struct ProcessStep: Hashable, Sendable {
    public var number: Int
    public var role: Role
    public var text: String
    public var line: Int

    public init(number: Int, role: Role, text: String, line: Int) {
        self.number = number
        self.role = role
        self.text = text
        self.line = line
    }
}

/// `- [ ] …` in a phase section.
public struct ChecklistItem: Hashable, Sendable {
    public var phase: SectionKind
    public var text: String
    public var line: Int

    public init(phase: SectionKind, text: String, line: Int) {
        self.phase = phase
        self.text = text
        self.line = line
    }

    /// The item's text when a Markdown line is a checklist item (`- [ ] …`, `- [x] …`, `* [ ] …`), else nil: the one
    /// definition the parser reads items by and the site leaves them out of the prose by.
    public static func text(ofLine line: some StringProtocol) -> String? {
        let body = line.drop(while: \.isWhitespace)
        for prefix in ["- [ ] ", "- [x] ", "- [X] ", "* [ ] "] where body.hasPrefix(prefix) {
            var text = body.dropFirst(prefix.count).drop(while: \.isWhitespace)
            while text.last?.isWhitespace == true { text = text.dropLast() }
            return String(text)
        }
        return nil
    }
}
