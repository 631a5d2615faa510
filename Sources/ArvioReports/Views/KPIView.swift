import ArvioCore

/// Indicators against their targets (`arvio kpi`, the site's model pages): each with its latest value, its targets and
/// whether it meets them, and every value's period, source and verification mark.
package enum KPIView {
    package struct Row: Hashable, Sendable, Codable {
        package var kpi: String
        package var period: String
        package var value: Double
        package var atLeast: Bool
        package var verification: String
        package var sources: [String]
    }

    package struct Target: Hashable, Sendable, Codable {
        package var value: Double
        package var label: String
        package var met: Bool?
        package var verification: String
        package var sources: [String]
    }

    package struct Indicator: Hashable, Sendable, Codable {
        package var id: String
        package var name: String
        package var definition: String
        package var unit: String
        package var direction: String
        package var illustrative: Bool
        package var targets: [Target]
        package var values: [Row]
        package var sources: [String: String]
        /// The operating models that follow it.
        package var models: [String]
    }

    package static func document(_ kpis: [KPI], project: Project, _ l: Language) -> [Indicator] {
        kpis.map { kpi in
            Indicator(
                id: kpi.id, name: kpi.name[l], definition: kpi.definition[l], unit: kpi.unit[l], direction: kpi.direction.rawValue,
                illustrative: kpi.illustrative,
                targets: kpi.targets.map {
                    Target(
                        value: $0.value, label: $0.label[l], met: kpi.meets($0), verification: $0.verification.rawValue, sources: $0.sources
                    )
                },
                values: rows(kpi), sources: Dictionary(uniqueKeysWithValues: kpi.sources.map { ($0.id, $0.url) }),
                models: project.toolkit.filter { $0.kpis.contains(kpi.id) }.map(\.id))
        }
    }

    static func rows(_ kpi: KPI) -> [Row] {
        kpi.values.map {
            Row(
                kpi: kpi.id, period: $0.period, value: $0.value, atLeast: $0.atLeast, verification: $0.verification.rawValue,
                sources: $0.sources)
        }
    }

    /// `kpi,period,value,at_least,verification,sources`: every value of every indicator.
    package static func csv(_ kpis: [KPI]) -> String {
        var table = Table(columns: ["kpi", "period", "value", "at_least", "verification", "sources"].map { .init($0) })
        for row in kpis.flatMap(rows) {
            table.rows.append([
                row.kpi, row.period, Formatting.decimal(row.value), row.atLeast ? "true" : "false", row.verification,
                row.sources.joined(separator: " "),
            ])
        }
        return table.csv()
    }

    /// A value as people read it: "yli 200" / "over 200", "38,4 %".
    package static func value(_ value: KPI.Value, _ kpi: KPI, _ l: Language) -> String {
        (value.atLeast ? Formatting.pick(l, "vähintään ", "at least ") : "") + amount(value.value, kpi, l)
    }

    package static func amount(_ number: Double, _ kpi: KPI, _ l: Language) -> String {
        let unit = kpi.unit[l]
        return Formatting.number(number, l) + (unit == "%" ? Formatting.percentSign(l) : " " + unit)
    }

    package static func targetText(_ target: KPI.Target, _ kpi: KPI, _ l: Language) -> String {
        let met: String
        switch kpi.meets(target) {
        case true?: met = Formatting.pick(l, "saavutettu", "met")
        case false?: met = Formatting.pick(l, "ei saavutettu", "not met")
        case nil: met = Formatting.pick(l, "ei arvioitavissa", "cannot be judged")
        }
        return "\(target.label[l]) \(amount(target.value, kpi, l)): \(met)"
    }

    /// Every indicator: its latest value against its targets, then its values with their marks.
    package static func text(_ kpis: [KPI], _ l: Language, width: Int = .max) -> String {
        var table = Table(columns: [
            .id, .init(Formatting.pick(l, "Mittari", "Indicator")), .init(Formatting.pick(l, "Viimeisin", "Latest"), .right),
            .init(Formatting.pick(l, "Kausi", "Period")), .init(Formatting.pick(l, "Tavoitteet", "Targets"), .left, .wrap),
            .init(Formatting.pick(l, "Tarkistus", "Checked")),
        ])
        for kpi in kpis {
            let latest = kpi.latest
            table.rows.append([
                kpi.id, kpi.name[l], latest.map { value($0, kpi, l) } ?? "–", latest?.period ?? "–",
                kpi.targets.isEmpty
                    ? Formatting.pick(l, "ei julkaistua tavoitetta", "no published target")
                    : kpi.targets.map { targetText($0, kpi, l) }.joined(separator: "; "),
                latest.map { Formatting.verification($0.verification, l) } ?? "–",
            ])
        }
        var text = table.text(width: width) + "\n"
        if kpis.contains(where: \.illustrative) { text += Formatting.illustrativeNotice(l) + "\n" }
        if kpis.contains(where: \.hasUnverified) {
            text +=
                Formatting.pick(
                    l, "Vahvistamattomat luvut on poimittu lähteestä, jota ei ole tarkistettu uudelleen; lähteet: arvio kpi --format json.",
                    "Unverified figures were taken from a source that has not been re-checked; sources: arvio kpi --format json.") + "\n"
        }
        return text
    }
}
