/// One problem found while loading or validating a project: what is wrong, where, and how to fix it.
///
/// Loaders and validators collect every diagnostic before failing, so a user sees all problems at once.
/// The text is produced in Finnish or English by ``text(in:)``; ``description`` is the English text.
public struct Diagnostic: UserFacingError, Hashable, Sendable, CustomStringConvertible {
    public var location: SourceLocation
    public var reason: Reason

    public init(at location: SourceLocation, _ reason: Reason) {
        self.location = location
        self.reason = reason
    }

    /// The kinds of thing a project file names by id.
    public enum Subject: String, Hashable, Sendable {
        case solution, organisation, criterion, area, category, source, weightModel, knockOutRule, scaleValue, alternative, round, assessor,
            operatingModel, survey, statement
    }

    /// The shape a field was expected to have.
    public enum Shape: String, Hashable, Sendable {
        case mapping, list, text, number, boolean
    }

    /// What the XML parser found wrong, by kind, so that each is worded in the reader's language; `other` keeps the
    /// parser's own (English) words for the rare rest.
    public enum XMLProblem: Hashable, Sendable {
        case empty, noRootElement, extraContent, invalidCharacter, invalidEncoding, unsupportedEncoding, tagMismatch
        case unfinishedTag, malformedTag, malformedAttribute, duplicateAttribute, lessThanInAttribute, undeclaredEntity
        case malformedReference, unclosedString, undefinedNamespace
        case other(String)
    }

    /// Why a file cannot be read.
    public enum Unreadable: Hashable, Sendable {
        case missing, notUTF8, notAFile
        case tooLarge(megabytes: Int)
    }

    public enum Reason: Hashable, Sendable {
        // Reading and shape of a single file.
        case unreadableFile(Unreadable)
        case missingFolder
        /// A folder with neither `catalog/` nor `criteria/`: one problem, not one per missing file.
        case notAProject
        case invalidYAML(problem: String)
        case documentTooComplex(limit: Int)
        case invalidXML(XMLProblem)
        /// A DOCTYPE or entity declaration in an XML file: refused before parsing (external entities, entity bombs).
        case xmlDeclarationRefused(String)
        /// An XML file whose root is not XMCDA 3.x's `<XMCDA>` (`namespace` empty: none).
        case notXMCDA(element: String, namespace: String)
        case wrongShape(expected: Shape, found: Shape)
        case missingField(String)
        case emptyField(String)
        case unknownField(String, suggestion: String?, allowed: [String])
        case duplicateKey(String, firstLine: Int?)
        case invalidValue(field: String, found: String, allowed: [String], suggestion: String?)
        case notANumber(field: String, found: String)
        case notAWholeNumber(field: String, found: String, lowest: Int, highest: Int)
        case invalidID(String)
        /// A control character (``ControlCharacter``) in a text field, by its code point.
        case controlCharacter(field: String, code: String)
        case idDoesNotMatchFileName(id: String, expected: String)
        case invalidURL(String)
        /// A Markdown link whose target has a scheme other than http(s) or mailto (``LinkTarget``).
        case unsafeLink(String)
        // Consistency across files.
        case duplicateID(Subject, String, firstSeen: SourceLocation)
        case unknownReference(Subject, String, suggestion: String?, definedIn: String)
        /// An id that the evaluation database does not hold (a round, an assessor); `listedBy` is the command that lists
        /// them.
        case unknownInDatabase(Subject, String, suggestion: String?, listedBy: String)
        case categoryNotInApplicabilityTable(String, table: String, known: [String])
        case applicabilityRowLacksCategory(criterion: String, category: String)
        /// `area` nil: the area weights; otherwise the local weights of that area's criteria.
        case weightsDoNotSum(area: String?, total: Double, expected: Double)
        case negativeWeight(Double)
        case areaWithoutWeight(area: String)
        case scaleLacksValue(String)
        case minimumOutsideScale(Double, lowest: Double, highest: Double)
        case factWithoutSource(field: String, verification: Verification)
        case propertyWithoutSource(field: String)
        case usageNeitherSourcedNorIllustrative(organisation: String)
        // Tables (CSV).
        case unterminatedQuote
        /// Text between a field's closing quote and the next delimiter.
        case textAfterClosingQuote
        /// A scoring workbook, one of its parts, sheets or cells.
        case workbook(WorkbookProblem)
        case fieldCount(found: Int, expected: Int)
        case missingColumn(String, allowed: [String])
        case unknownColumn(String, suggestion: String?, allowed: [String])
        case tooManyProblems(shown: Int)
        /// A method's or weighting technique's complaint (``ScoringError``, ``WeightingError``), already worded.
        case scoring(LocalizedText, help: LocalizedText)
        // Operating models (toolkit/<id>.md).
        case missingFrontMatter
        case missingSection(String)
        case unknownSection(String, suggestion: String?, allowed: [String])
        /// A criterion listed as a must-have of an operating model has no must-have rule.
        case notAMustHave(criterion: String, mustHaves: [String])
        /// A phase section without a `- [ ]` item, or a process description without numbered steps.
        case emptySection(String, expected: String)
        /// An assessor scoring outside the areas they are competent in.
        case notCompetent(assessor: String, area: String, areas: [String])
        /// AHP judgements whose consistency ratio exceeds 0.10, with the judgement that strays furthest.
        case inconsistentJudgements(ratio: Double, row: String, column: String, given: Double, consistent: Double)
    }

    /// The whole message in the given language: `where: error: what` and a `help:` line.
    public func text(in language: Language) -> String {
        let (problem, help) = reason.message(in: language)
        return ErrorText.located(location.description, problem: Reason.visible(problem), help: Reason.visible(help), language)
    }

    public var description: String { text(in: .en) }
}

/// Every diagnostic of a failed load, in file and line order, with a count line.
public struct Diagnostics: UserFacingError, Hashable, Sendable, CustomStringConvertible {
    public var items: [Diagnostic]

    public init(_ items: [Diagnostic]) {
        self.items = items.sorted { $0.location < $1.location }
    }

    public func text(in language: Language) -> String {
        let count = items.count
        let tally: String
        switch language {
        case .en: tally = count == 1 ? "1 error" : "\(count) errors"
        case .fi: tally = count == 1 ? "1 virhe" : "\(count) virhettä"
        }
        return (items.map { $0.text(in: language) } + [tally]).joined(separator: "\n")
    }

    public var description: String { text(in: .en) }
}
