import ArvioCore
import GRDB

/// A store operation that cannot be done, worded for the command line.
package struct StoreError: UserFacingError, Hashable, Sendable, CustomStringConvertible {
    package enum Reason: Hashable, Sendable {
        case unknownRound(String, suggestion: String?)
        case roundExists(String)
        case unknownAssessor(String, suggestion: String?)
        case assessorExists(String)
        case transition(round: String, from: RoundState, to: RoundState)
        case roundNotOpen(String, state: RoundState)
        case roundNotRevealed(String, state: RoundState)
        /// Stakeholders' weights are given while the round is open, before anyone has seen a result.
        case weightsNotOpen(String, state: RoundState)
        case solutionNotInRound(solution: String, round: String)
        case excluded(assessor: String, solution: String, round: String)
        case accountExists(String)
        case unknownAccount(String)
        case database(String)
        /// An id or text refused before it is stored (``Identifier``, ``ControlCharacter``), worded as the loaders word it.
        case invalid(Diagnostic.Reason)
        /// Another process held the database longer than the busy timeout.
        case busy(seconds: Int)
    }

    package var reason: Reason

    package init(_ reason: Reason) {
        self.reason = reason
    }

    package func text(in language: Language) -> String {
        let (problem, help) = reason.message(in: language)
        return ErrorText.located(nil, problem: Diagnostic.Reason.visible(problem), help: Diagnostic.Reason.visible(help), language)
    }

    package var description: String { text(in: .en) }

    /// SQLite's complaint, worded: a busy database says how long Arvio waited.
    init(_ error: DatabaseError) {
        if error.resultCode == .SQLITE_BUSY || error.resultCode == .SQLITE_LOCKED {
            self.init(.busy(seconds: ScoreStore.busyTimeout))
        } else {
            self.init(.database(error.message ?? "\(error.resultCode)"))
        }
    }
}

extension StoreError.Reason: LocalizedReason {
    package func message(in language: Language) -> (String, String) {
        let fi = language == .fi
        func hint(_ suggestion: String?) -> String {
            suggestion.map { fi ? "tarkoititko '\($0)'? " : "did you mean '\($0)'? " } ?? ""
        }
        switch self {
        case let .unknownRound(id, suggestion):
            return fi
                ? ("arviointikierrosta '\(id)' ei ole", hint(suggestion) + "'arvio round list' luettelee kierrokset")
                : ("no round '\(id)'", hint(suggestion) + "'arvio round list' lists the rounds")
        case .roundExists(let id):
            return fi
                ? ("kierros '\(id)' on jo olemassa", "valitse toinen tunniste") : ("round '\(id)' already exists", "choose another id")
        case let .unknownAssessor(id, suggestion):
            return fi
                ? ("arvioijaa '\(id)' ei ole", hint(suggestion) + "lisää arvioija komennolla 'arvio assessor add'")
                : ("no assessor '\(id)'", hint(suggestion) + "add the assessor with 'arvio assessor add'")
        case .assessorExists(let id):
            return fi
                ? ("arvioija '\(id)' on jo olemassa", "valitse toinen tunniste") : ("assessor '\(id)' already exists", "choose another id")
        case let .transition(round, from, to):
            return fi
                ? (
                    "kierrosta '\(round)' ei voi siirtää tilasta \(from.name(in: .fi)) tilaan \(to.name(in: .fi))",
                    "kierros etenee avoin → paljastettu → suljettu"
                )
                : ("round '\(round)' cannot go from \(from.rawValue) to \(to.rawValue)", "a round goes open → revealed → closed")
        case let .roundNotOpen(round, state):
            return fi
                ? (
                    "kierros '\(round)' on tilassa \(state.name(in: .fi)); pisteitä voi antaa vain avoimelle kierrokselle",
                    "avaa uusi kierros tai kirjaa muutos uutena kierroksena"
                )
                : (
                    "round '\(round)' is \(state.rawValue); scores can be given only while it is open",
                    "start a new round, or record the change as a new round"
                )
        case let .roundNotRevealed(round, state):
            return fi
                ? (
                    "kierros '\(round)' on tilassa \(state.name(in: .fi)); sovitun arvon voi kirjata vain paljastetulle kierrokselle",
                    state == .open ? "paljasta kierros ensin: arvio round reveal \(round)" : "suljettu kierros on lopullinen"
                )
                : (
                    "round '\(round)' is \(state.rawValue); an agreed value can be recorded only while the round is revealed",
                    state == .open ? "reveal the round first: arvio round reveal \(round)" : "a closed round is final"
                )
        case let .weightsNotOpen(round, state):
            return fi
                ? (
                    "kierros '\(round)' on tilassa \(state.name(in: .fi)); sidosryhmien painot annetaan vain avoimelle kierrokselle, ennen kuin kukaan on nähnyt tuloksia",
                    "anna painot uudelle kierrokselle, tai siirrä painot kierroksen painomalliin (criteria/models)"
                )
                : (
                    "round '\(round)' is \(state.rawValue); stakeholders' weights are given only while a round is open, before anyone has seen a result",
                    "give the weights to a new round, or move them into the round's weight model (criteria/models)"
                )
        case let .solutionNotInRound(solution, round):
            return fi
                ? ("ratkaisu '\(solution)' ei kuulu kierrokseen '\(round)'", "'arvio round show \(round)' näyttää kierroksen ratkaisut")
                : ("solution '\(solution)' is not in round '\(round)'", "'arvio round show \(round)' lists the round's solutions")
        case let .excluded(assessor, solution, round):
            return fi
                ? (
                    "arvioija '\(assessor)' on jäävätty ratkaisun '\(solution)' arvioinnista kierroksella '\(round)'",
                    "'arvio round show \(round)' näyttää jääväykset ja niiden syyt"
                )
                : (
                    "assessor '\(assessor)' is excluded from scoring '\(solution)' in round '\(round)'",
                    "'arvio round show \(round)' lists the exclusions and why"
                )
        case .accountExists(let id):
            return fi
                ? ("käyttäjätunnus '\(id)' on jo käytössä", "valitse toinen käyttäjätunnus")
                : ("the user name '\(id)' is taken", "choose another user name")
        case .unknownAccount(let id):
            return fi ? ("käyttäjätunnusta '\(id)' ei ole", "tarkista tunnus") : ("no user '\(id)'", "check the user name")
        case .database(let detail):
            return fi
                ? ("tietokantaa ei voi käyttää: \(detail)", "tarkista polku ja oikeudet (--database)")
                : ("the database cannot be used: \(detail)", "check the path and permissions (--database)")
        case .invalid(let reason):
            return reason.message(in: language)
        case .busy(let seconds):
            return fi
                ? (
                    "toinen Arvion prosessi varasi tietokannan yli \(seconds) sekunniksi; mitään ei kirjoitettu",
                    "yritä uudelleen, kun toinen komento on valmis"
                )
                : (
                    "another Arvio process held the database for more than \(seconds) seconds; nothing was written",
                    "try again when the other command has finished"
                )
        }
    }
}
