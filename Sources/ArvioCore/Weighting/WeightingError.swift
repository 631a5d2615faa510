/// A set of judgements a weighting technique cannot turn into weights.
public struct WeightingError: Error, Hashable, Sendable, CustomStringConvertible {
    public var location: SourceLocation?
    public var reason: Reason

    public init(at location: SourceLocation? = nil, _ reason: Reason) {
        self.location = location
        self.reason = reason
    }

    public enum Reason: Hashable, Sendable {
        case empty
        case notSquare(rows: Int, columns: Int)
        case notPositive(row: String, column: String, value: Double)
        case diagonalNotOne(criterion: String, value: Double)
        case notReciprocal(row: String, column: String, value: Double, mirror: Double)
        case rankOutOfRange(criterion: String, rank: Int, count: Int)
        case swingOutOfRange(criterion: String, points: Double)
        case noSwingOfHundred
        case constantColumn(String)
        case tooLargeForRandomIndex(size: Int, largest: Int)
        /// Group AHP: person `person` (from 1) compared other items than the first.
        case differentItems(person: Int, expected: [String], found: [String])
        /// Group weights: no importance above zero, or one that is negative or not a number.
        case importance(person: Int?, value: Double)
        /// AHP relative measurement: a criterion under which the alternatives were not compared.
        case noComparisonUnder(criterion: String)
        case differentAlternatives(criterion: String, expected: [String], found: [String])
        /// Stakeholder weights: no weight given for an area (`area` nil) or a criterion of `area` the model weights.
        case missingWeight(area: String?, id: String)
        /// Stakeholder weights: a weight for an area (`area` nil) or a criterion of `area` the model does not weight.
        case unknownWeight(area: String?, id: String, known: [String])
        /// Direct points below zero or not a number.
        case negativePoints(id: String, points: Double)
        /// Direct points that are all zero.
        case noPoints
        /// Stakeholder weights: the same technique must be used at every level.
        case mixedTechniques(stakeholder: String, first: String, then: String)
        /// Group weights by AIJ need every counted stakeholder's judgements at a level; these gave none.
        case judgementsMissing(area: String?, stakeholders: [String])
        /// Stakeholder weights: the same number written twice (first on `firstLine`).
        case givenTwice(id: String, versus: String?, firstLine: Int)
        /// Stakeholder weights: the same item (or pair of items) given twice in one level.
        case repeated(id: String)
        /// A file of stakeholders' weights with no row of weights.
        case noStakeholders
        /// Group weights: every area (or every criterion of `area`) has someone counted who gave it zero.
        case groupAllZero(area: String?)
    }

    public func text(in language: Language) -> String { wordedText(in: language) }

    public var description: String { text(in: .en) }
}

extension WeightingError.Reason {
    package func message(in language: Language) -> (String, String) {
        switch language {
        case .en: messages.en
        case .fi: messages.fi
        }
    }

    /// Every message in Finnish and English side by side: a new case cannot compile without both.
    private var messages: (fi: (String, String), en: (String, String)) {
        switch self {
        case .empty:
            (
                fi: ("painotettavia kriteerejä ei ole", "anna vähintään yksi kriteeri"),
                en: ("there are no criteria to weight", "give at least one criterion")
            )
        case let .notSquare(rows, columns):
            (
                fi: ("vertailumatriisi on \(rows) × \(columns), ei neliö", "anna yksi rivi ja sarake kutakin kriteeriä kohden"),
                en: ("the comparison matrix is \(rows) × \(columns), not square", "give one row and one column per criterion")
            )
        case let .notPositive(row, column, value):
            (
                fi: (
                    "vertailu \(row) : \(column) on \(formatted(value, .fi)); vertailujen pitää olla positiivisia",
                    "käytä Saatyn asteikkoa 1/9 … 9"
                ),
                en: ("judgement \(row) : \(column) is \(formatted(value)); judgements must be positive", "use Saaty's scale 1/9 … 9")
            )
        case let .diagonalNotOne(criterion, value):
            (
                fi: ("'\(criterion)' verrattuna itseensä on \(formatted(value, .fi)), ei 1", "kirjoita lävistäjälle 1"),
                en: ("'\(criterion)' compared with itself is \(formatted(value)), not 1", "write 1 on the diagonal")
            )
        case let .notReciprocal(row, column, value, mirror):
            (
                fi: (
                    "vertailut \(row) : \(column) = \(formatted(value, .fi)) ja \(column) : \(row) = \(formatted(mirror, .fi)) eivät ole käänteisiä",
                    "kirjoita \(column) : \(row) = 1/\(formatted(value)) tai jätä alakolmio tyhjäksi, jolloin se täytetään"
                ),
                en: (
                    "judgements \(row) : \(column) = \(formatted(value)) and \(column) : \(row) = \(formatted(mirror)) are not reciprocal",
                    "write \(column) : \(row) = 1/\(formatted(value)), or leave the lower triangle empty to have it filled in"
                )
            )
        case let .rankOutOfRange(criterion, rank, count):
            (
                fi: ("kriteerin '\(criterion)' sija on \(rank); sijat ovat 1–\(count)", "anna tärkeimmälle kriteerille sija 1"),
                en: ("'\(criterion)' has rank \(rank); ranks run from 1 to \(count)", "rank the most important criterion 1")
            )
        case let .swingOutOfRange(criterion, points):
            (
                fi: (
                    "kohteen '\(criterion)' swing on \(formatted(points, .fi)); swingit ovat 0–100",
                    "anna arvokkaimmalle swingille 100 ja muille vähemmän"
                ),
                en: (
                    "'\(criterion)' has swing \(formatted(points)); swings run from 0 to 100",
                    "give the most valued swing 100 and the others less"
                )
            )
        case let .differentItems(person, expected, found):
            (
                fi: (
                    "vertailija \(person) vertaa kohteita \(found.joined(separator: ", ")), ensimmäinen kohteita \(expected.joined(separator: ", "))",
                    "ryhmän jokaisen on verrattava samoja kohteita; järjestyksellä ei ole väliä"
                ),
                en: (
                    "person \(person) compares \(found.joined(separator: ", ")), the first \(expected.joined(separator: ", "))",
                    "everyone in a group must compare the same items; their order does not matter"
                )
            )
        case let .importance(person, value):
            (
                fi: (
                    person.map { "vertailijan \($0) painoarvo on \(formatted(value, .fi))" }
                        ?? (value < 0
                            ? "painoarvo \(formatted(value, .fi)) on negatiivinen" : "kenenkään painoarvo ei ole nollaa suurempi"),
                    "painoarvot ovat ei-negatiivisia lukuja, ja ainakin yhden on oltava suurempi kuin 0 (0 = kuultu, ei laskettu)"
                ),
                en: (
                    person.map { "person \($0) has importance \(formatted(value))" }
                        ?? (value < 0 ? "importance \(formatted(value)) is below zero" : "no one has an importance above zero"),
                    "importances are non-negative numbers and at least one must be above 0 (0 = heard, not counted)"
                )
            )
        case .noComparisonUnder(let criterion):
            (
                fi: ("vaihtoehtoja ei ole verrattu kriteerin '\(criterion)' suhteen", "anna vertailu tiedostossa \(criterion).csv"),
                en: ("the alternatives are not compared under criterion '\(criterion)'", "give the comparison in the file \(criterion).csv")
            )
        case let .differentAlternatives(criterion, expected, found):
            (
                fi: (
                    "kriteerin '\(criterion)' suhteen verrataan vaihtoehtoja \(found.joined(separator: ", ")), ensimmäisen kriteerin suhteen \(expected.joined(separator: ", "))",
                    "vertaa jokaisen kriteerin suhteen samoja vaihtoehtoja"
                ),
                en: (
                    "under criterion '\(criterion)' the alternatives compared are \(found.joined(separator: ", ")), under the first \(expected.joined(separator: ", "))",
                    "compare the same alternatives under every criterion"
                )
            )
        case let .missingWeight(area, id):
            (
                fi: (
                    area.map { "alueen '\($0)' kriteerille '\(id)' ei ole annettu painoa" } ?? "alueelle '\(id)' ei ole annettu painoa",
                    "anna paino jokaiselle kierroksen painomallin \(area == nil ? "alueelle" : "alueen kriteerille") (0 on sallittu)"
                ),
                en: (
                    area.map { "no weight is given for criterion '\(id)' of area '\($0)'" } ?? "no weight is given for area '\(id)'",
                    "give a weight for every \(area == nil ? "area" : "criterion of the area") the round's weight model weights (0 is allowed)"
                )
            )
        case let .unknownWeight(area, id, known):
            (
                fi: (
                    area.map { "'\(id)' ei ole kierroksen painomallin alueen '\($0)' kriteeri" }
                        ?? "'\(id)' ei ole kierroksen painomallin painottama alue",
                    "käytä jotakin näistä: \(known.joined(separator: ", "))"
                ),
                en: (
                    area.map { "'\(id)' is not a criterion of area '\($0)' in the round's weight model" }
                        ?? "'\(id)' is not an area the round's weight model weights",
                    "use one of: \(known.joined(separator: ", "))"
                )
            )
        case let .negativePoints(id, points):
            (
                fi: (
                    "kohteen '\(id)' pisteet ovat \(formatted(points, .fi)); pisteet ovat 0 tai enemmän",
                    "anna jokaiselle kohteelle 0 tai enemmän pisteitä"
                ),
                en: ("'\(id)' has \(formatted(points)) points; points are 0 or more", "give every item 0 points or more")
            )
        case .noPoints:
            (
                fi: ("kaikkien kohteiden pisteet ovat 0", "anna ainakin yhdelle kohteelle pisteitä"),
                en: ("every item has 0 points", "give at least one item some points")
            )
        case let .mixedTechniques(stakeholder, first, then):
            (
                fi: (
                    "sidosryhmä '\(stakeholder)' käyttää sekä tekniikkaa '\(first)' että '\(then)'",
                    "anna yhden sidosryhmän kaikki painot samalla tekniikalla (points, swing tai ahp)"
                ),
                en: (
                    "stakeholder '\(stakeholder)' uses both '\(first)' and '\(then)'",
                    "give all of one stakeholder's weights by one technique (points, swing or ahp)"
                )
            )
        case let .judgementsMissing(area, stakeholders):
            (
                fi: (
                    "vertailujen geometrinen keskiarvo (AIJ) tarvitsee kaikkien vertailut \(area.map { "alueen '\($0)' kriteereistä" } ?? "alueista"); niitä ei antanut: \(stakeholders.joined(separator: ", "))",
                    "käytä valitsinta --aggregation priorities (AIP) tai pyydä puuttuvat vertailut"
                ),
                en: (
                    "the geometric mean of judgements (AIJ) needs everyone's comparisons of \(area.map { "the criteria of area '\($0)'" } ?? "the areas"); not given by: \(stakeholders.joined(separator: ", "))",
                    "use --aggregation priorities (AIP), or ask for the missing comparisons"
                )
            )
        case let .givenTwice(id, versus, firstLine):
            (
                fi: (
                    "\(versus.map { "vertailu '\(id)' : '\($0)'" } ?? "kohteen '\(id)' paino") on annettu jo rivillä \(firstLine)",
                    "säilytä niistä yksi"
                ),
                en: (
                    "\(versus.map { "the judgement '\(id)' : '\($0)'" } ?? "the weight of '\(id)'") is already given on line \(firstLine)",
                    "keep one of them"
                )
            )
        case .repeated(let id):
            (
                fi: ("'\(id)' on annettu useammin kuin kerran", "anna kukin paino tai vertailu vain kerran"),
                en: ("'\(id)' is given more than once", "give each weight or comparison once")
            )
        case .noStakeholders:
            (
                fi: ("tiedostossa ei ole yhdenkään sidosryhmän painoja", "kirjoita yksi luku riville: stakeholder,technique,item,value"),
                en: ("the file gives no stakeholder's weights", "write one number per row: stakeholder,technique,item,value")
            )
        case .groupAllZero(let area):
            (
                fi: (
                    "ryhmän painot ovat kaikki 0 \(area.map { "alueen '\($0)' kriteereillä" } ?? "alueilla"): jokaiselle on joku antanut painon 0, ja geometrinen keskiarvo on silloin 0",
                    "pyydä nollapainon antajia harkitsemaan pientä painoa tai anna heidän painoarvokseen 0"
                ),
                en: (
                    "the group's weights \(area.map { "of the criteria of area '\($0)'" } ?? "of the areas") are all 0: someone counted gave each of them 0, which makes the geometric mean 0",
                    "ask those who gave 0 to consider a small weight, or give them importance 0"
                )
            )
        case .noSwingOfHundred:
            (
                fi: ("yhdenkään kohteen swing ei ole 100", "anna arvokkaimmalle swingille 100 pistettä"),
                en: ("no item has a swing of 100", "give the swing you value most 100 points")
            )
        case .constantColumn(let id):
            (
                fi: (
                    "kaikilla vaihtoehdoilla on sama arvo kriteerillä '\(id)'",
                    "objektiivinen paino vaatii vaihtelua; poista kriteeri tai painota se suoraan"
                ),
                en: (
                    "every alternative has the same value on '\(id)'",
                    "an objective weight needs variation; remove the criterion or weight it directly"
                )
            )
        case let .tooLargeForRandomIndex(size, largest):
            (
                fi: (
                    "yksikään julkaistu satunnaisindeksi ei kata \(size) kohdetta (taulukot päättyvät \(largest) kohteeseen), joten yhdenmukaisuussuhdetta ei voi laskea",
                    "vertaa kerralla enintään \(largest) kohdetta: ryhmittele kriteerit alueiksi ja vertaa kunkin alueen sisällä"
                ),
                en: (
                    "no published random index covers \(size) items (the tables end at \(largest)), so the consistency ratio cannot be computed",
                    "compare at most \(largest) items at once: group the criteria into areas and compare within each area"
                )
            )
        }
    }
}
