import ArvioReports

/// The web app's page templates, one place for all of them; each page's body goes into the one page layout the toolkit
/// site uses too (``PageLayout``). `{{name}}` escapes what it inserts (`& < > " '`), in text and attribute values alike;
/// these templates insert nothing raw (a test keeps it so).
package enum Templates {
    /// The exact stability interval drawn under a weight's input (``ResultRoutes/band(_:now:)`` gives the numbers):
    /// the axis 0–100 %, the range within which the leader stays, the weight now. Hidden from assistive technology —
    /// the hint beside it says the same in words; SVG attributes, not style, so the strict content policy allows it.
    static let band = """
        {{#band}}<svg class="band" viewBox="0 0 100 8" preserveAspectRatio="none" aria-hidden="true" focusable="false">\
        <rect x="0" y="3" width="100" height="2" fill="#767676"/><rect x="{{low}}" y="1" width="{{width}}" height="6" fill="#1f4e8c"/>\
        <rect x="{{now}}" y="0" width="0.8" height="8" fill="#000"/></svg>{{/band}}
        """

    package static let sources: [String: String] = [
        "message": """
        <h1>{{title}}</h1>
        <p>{{message}}</p>
        {{#link}}<p><a href="{{href}}">{{label}}</a></p>{{/link}}
        """,
        "signIn": """
        <h1>{{text.signIn}}</h1>
        {{#error}}<p class="error" role="alert" id="error">{{error}}</p>{{/error}}
        <form method="post" action="/kirjautuminen{{query}}">
        <input type="hidden" name="form" value="{{formToken}}">
        <p><label for="id">{{text.userName}}</label><br><input id="id" name="id" autocomplete="username" required value="{{id}}"{{#error}} aria-describedby="error"{{/error}}></p>
        <p><label for="password">{{text.password}}</label><br><input id="password" name="password" type="password" autocomplete="current-password" required></p>
        <p><button type="submit">{{text.signIn}}</button></p>
        </form>
        """,
        "accept": """
        <h1>{{heading}}</h1>
        <p>{{intro}}</p>
        {{#hasErrors}}<div class="error" role="alert" id="errors"><ul>{{#errors}}<li>{{.}}</li>{{/errors}}</ul></div>{{/hasErrors}}
        <form method="post" action="{{action}}">
        <p><label for="name">{{text.name}}</label><br><input id="name" name="name" autocomplete="name" required value="{{name}}"></p>
        <p><label for="id">{{text.userName}}</label><br><input id="id" name="id" autocomplete="username" required value="{{id}}" aria-describedby="id-hint"><br><small id="id-hint">{{text.userNameHint}}</small></p>
        <p><label for="password">{{text.newPassword}}</label><br><input id="password" name="password" type="password" autocomplete="new-password" required minlength="8" aria-describedby="password-hint"><br><small id="password-hint">{{text.passwordHint}}</small></p>
        <p><label for="repeat">{{text.repeatPassword}}</label><br><input id="repeat" name="repeat" type="password" autocomplete="new-password" required minlength="8"></p>
        <p><button type="submit">{{text.create}}</button></p>
        </form>
        """,
        "invitations": """
        <h1>{{text.invitations}}</h1>
        {{#link}}<div class="notice" role="status"><p>{{text.linkCreated}}</p>
        <p><label for="link">{{text.link}}</label><br><input id="link" readonly value="{{link}}" size="70"></p></div>{{/link}}
        {{#error}}<p class="error" role="alert" id="error">{{error}}</p>{{/error}}
        <h2>{{text.newInvitation}}</h2>
        <form method="post" action="/kutsut{{query}}">
        <input type="hidden" name="csrf" value="{{csrf}}">
        <p><label for="role">{{text.role}}</label><br><select id="role" name="role">{{#roles}}<option value="{{value}}">{{label}}</option>{{/roles}}</select></p>
        <p><label for="assessor">{{text.assessorLink}}</label><br><select id="assessor" name="assessor" aria-describedby="assessor-hint"><option value="">{{text.noAssessor}}</option>{{#assessors}}<option value="{{id}}">{{name}} ({{id}}: {{areas}})</option>{{/assessors}}</select><br><small id="assessor-hint">{{text.assessorHint}}</small></p>
        <p><button type="submit">{{text.createInvitation}}</button></p>
        </form>
        <h2>{{text.accounts}}</h2>
        <div class="scroll" tabindex="0" role="region" aria-label="{{text.accounts}}"><table><caption>{{text.accounts}}</caption>
        <thead><tr><th scope="col">{{text.userName}}</th><th scope="col">{{text.name}}</th><th scope="col">{{text.role}}</th><th scope="col">{{text.assessorLink}}</th><th scope="col">{{text.state}}</th></tr></thead>
        <tbody>{{#accounts}}<tr><th scope="row">{{id}}</th><td>{{name}}</td><td>{{role}}</td><td>{{assessor}}</td><td>{{state}}</td></tr>{{/accounts}}</tbody></table></div>
        """,
        "exclusions": """
        <h1>{{text.exclusions}}</h1>
        <p>{{text.exclusionIntro}}</p>
        {{#recorded}}<p class="notice" role="status">{{text.exclusionRecorded}}</p>{{/recorded}}
        {{#error}}<p class="error" role="alert" id="error">{{error}}</p>{{/error}}
        <h2>{{text.newExclusion}}</h2>
        <form method="post" action="/jaavaykset{{query}}">
        <input type="hidden" name="csrf" value="{{csrf}}">
        <p><label for="item">{{text.roundAndSolution}}</label><br><select id="item" name="item" required>{{#rounds}}<optgroup label="{{name}}">{{#solutions}}<option value="{{value}}">{{label}}</option>{{/solutions}}</optgroup>{{/rounds}}</select></p>
        <p><label for="assessor">{{text.assessorLink}}</label><br><select id="assessor" name="assessor" required>{{#assessors}}<option value="{{id}}">{{name}} ({{id}})</option>{{/assessors}}</select></p>
        <p><label for="reason">{{text.reason}}</label><br><textarea id="reason" name="reason" rows="3" cols="60" required{{#error}} aria-describedby="error"{{/error}}>{{reason}}</textarea></p>
        <p><button type="submit">{{text.exclude}}</button></p>
        </form>
        {{#rounds}}<h2>{{name}}</h2>
        {{#hasExclusions}}<div class="scroll" tabindex="0" role="region" aria-label="{{text.exclusions}}: {{name}}"><table><caption>{{text.exclusions}}: {{name}}</caption>
        <thead><tr><th scope="col">{{text.assessorLink}}</th><th scope="col">{{text.solution}}</th><th scope="col">{{text.reason}}</th><th scope="col">{{text.recordedBy}}</th></tr></thead>
        <tbody>{{#exclusions}}<tr><th scope="row">{{assessor}}</th><td>{{solution}}</td><td>{{reason}}</td><td>{{by}}, {{at}}</td></tr>{{/exclusions}}</tbody></table></div>{{/hasExclusions}}
        {{^hasExclusions}}<p>{{text.noExclusions}}</p>{{/hasExclusions}}
        {{/rounds}}
        """,
        "weightRounds": """
        <h1>{{text.myWeights}}</h1>
        {{#hasRounds}}<ul>{{#rounds}}<li><a href="{{href}}">{{name}}</a> – {{state}}</li>{{/rounds}}</ul>{{/hasRounds}}
        {{^hasRounds}}<p>{{text.noWeightRounds}}</p>{{/hasRounds}}
        """,
        "feedback": """
        <h1>{{heading}}</h1>
        <p>{{intro}}</p>
        {{#hasErrors}}<div class="error" role="alert" id="errors"><ul>{{#errors}}<li>{{.}}</li>{{/errors}}</ul></div>{{/hasErrors}}
        <form method="post" action="{{action}}" class="feedback">
        <input type="hidden" name="form" value="{{formToken}}">
        <fieldset><legend>{{recommendation}}</legend>
        <p class="hint" id="scale-hint">{{low}}, {{high}}</p>
        <div class="nps">{{#scale}}<span><input type="radio" name="suositus" id="{{id}}" value="{{value}}" aria-describedby="scale-hint"{{#checked}} checked{{/checked}}><label for="{{id}}">{{value}}</label></span>{{/scale}}</div>
        </fieldset>
        <h2>{{statementsLegend}}</h2>
        {{#statements}}<fieldset><legend>{{text}}</legend>
        {{#options}}<p class="option"><input type="radio" name="{{name}}" id="{{id}}" value="{{value}}"{{#checked}} checked{{/checked}}><label for="{{id}}">{{label}}</label></p>{{/options}}
        </fieldset>{{/statements}}
        <p><label for="avoin">{{openQuestion}}</label><br><textarea id="avoin" name="avoin" rows="4" cols="50" maxlength="2000" aria-describedby="avoin-hint">{{open}}</textarea><br><small id="avoin-hint">{{openLimit}}</small></p>
        <p class="hp"><label for="sivusto">{{honeypot}}</label><input id="sivusto" name="sivusto" tabindex="-1" autocomplete="off"></p>
        <p><button type="submit">{{send}}</button></p>
        </form>
        {{#unverified}}<p class="note">{{unverified}}</p>{{/unverified}}
        """,
        "weights": """
        <h1>{{roundName}}: {{text.myWeights}}</h1>
        <p>{{text.weightsIntro}}</p>
        {{#saved}}<p class="notice" role="status">{{text.weightsSaved}}</p>{{/saved}}
        {{#hasProblems}}<div class="error" role="alert" id="errors"><p>{{text.weightsNotSaved}}</p><ul>{{#problems}}<li>{{.}}</li>{{/problems}}</ul></div>{{/hasProblems}}
        <form method="post" action="{{action}}">
        <input type="hidden" name="csrf" value="{{csrf}}">
        <fieldset><legend>{{text.areaPoints}}</legend>
        {{#areas}}<p><label for="a-{{id}}">{{label}}</label><br><input id="a-{{id}}" name="a-{{id}}" inputmode="decimal" required value="{{points}}" size="6"></p>{{/areas}}
        </fieldset>
        {{#areas}}<details{{#open}} open{{/open}}><summary>{{text.criteriaWithin}} {{label}}</summary>
        <fieldset><legend>{{label}}</legend><p>{{text.criteriaWithinHint}}</p>
        {{#criteria}}<p><label for="c-{{id}}">{{label}}</label><br><input id="c-{{id}}" name="c-{{id}}" inputmode="decimal" value="{{points}}" size="6"></p>{{/criteria}}
        </fieldset></details>{{/areas}}
        <p><button type="submit">{{text.saveWeights}}</button></p>
        </form>
        {{#hasShares}}<h2>{{text.yourShares}}</h2><ul>{{#shares}}<li>{{label}}: {{share}}</li>{{/shares}}</ul>{{/hasShares}}
        """,
        "rounds": """
        <h1>{{text.myRounds}}</h1>
        {{#hasRounds}}<ul>{{#rounds}}<li><a href="{{href}}">{{name}}</a> – {{progress}}</li>{{/rounds}}</ul>{{/hasRounds}}
        {{^hasRounds}}<p>{{text.noRounds}}</p>{{/hasRounds}}
        """,
        "declare": """
        <h1>{{roundName}}: {{text.declarationTitle}}</h1>
        <p>{{text.declarationIntro}}</p>
        <ul>{{#solutions}}<li>{{name}}{{#vendor}} ({{vendor}}){{/vendor}}</li>{{/solutions}}</ul>
        <form method="post" action="{{action}}">
        <input type="hidden" name="csrf" value="{{csrf}}">
        <p><input type="checkbox" id="noties" name="noties" value="yes" required> <label for="noties">{{text.declarationStatement}}</label></p>
        <p><button type="submit">{{text.declare}}</button></p>
        </form>
        """,
        "criterion": """
        <h1>{{criterionLabel}}</h1>
        <p>{{roundName}} · {{text.scored}} {{done}} / {{total}}{{#next}} · <a href="{{next}}">{{text.nextUnscored}}</a>{{/next}}</p>
        <details><summary>{{text.criteriaList}}</summary><ul>{{#criteria}}<li><a href="{{href}}"{{#current}} aria-current="page"{{/current}}>{{label}}</a> ({{done}}/{{count}})</li>{{/criteria}}</ul></details>
        <p>{{text.areaGrid}}: {{#areas}}<a href="{{href}}">{{label}}</a> {{/areas}}· <a href="{{workbook}}">{{text.workbook}}</a></p>
        <section aria-labelledby="guide"><h2 id="guide">{{text.guide}}</h2>
        <p>{{evidence}}</p>
        <dl><dt>0</dt><dd>{{zero}}</dd><dt>3</dt><dd>{{three}}</dd><dt>5</dt><dd>{{five}}</dd></dl></section>
        {{#solutions}}
        <form method="post" action="{{action}}" id="s-{{id}}" data-autosave>
        <input type="hidden" name="csrf" value="{{csrf}}">
        <fieldset><legend>{{name}}{{#saved}} – {{saved}}{{/saved}}</legend>
        <p class="choices">{{#choices}}<label><input type="radio" name="score" value="{{code}}"{{#checked}} checked{{/checked}} required> {{label}}</label><br>{{/choices}}</p>
        <p><label for="r-{{id}}">{{text.rationale}}</label><br><textarea id="r-{{id}}" name="rationale" rows="2" cols="60">{{rationale}}</textarea></p>
        <p><label for="e-{{id}}">{{text.evidence}}</label><br><input id="e-{{id}}" name="evidence" value="{{evidenceLinks}}" size="60"></p>
        <p><button type="submit">{{text.save}}</button> <span data-status data-saved="{{text.savedLabel}}" data-failed="{{text.notSavedLabel}}" role="status"></span></p>
        </fieldset></form>
        {{/solutions}}
        """,
        "grid": """
        <h1>{{areaLabel}}</h1>
        <p>{{roundName}} · {{text.scored}} {{done}} / {{total}} · <a href="{{criterionView}}">{{text.criterionView}}</a></p>
        {{#hasProblems}}<div class="error" role="alert" id="errors"><p>{{text.gridNotSaved}}</p><ul>{{#problems}}<li>{{.}}</li>{{/problems}}</ul></div>{{/hasProblems}}
        <p>{{text.gridIntro}}</p>
        <form method="post" action="{{action}}">
        <input type="hidden" name="csrf" value="{{csrf}}">
        <div class="scroll" tabindex="0" role="region" aria-label="{{areaLabel}}"><table class="grid"><caption>{{areaLabel}}</caption>
        <thead><tr><th scope="col">{{text.criterion}}</th>{{#solutions}}<th scope="col" id="h-{{id}}">{{name}}</th>{{/solutions}}</tr></thead>
        <tbody>{{#rows}}<tr><th scope="row" id="r-{{id}}"><a href="{{href}}">{{label}}</a></th>{{#cells}}<td>{{#scored}}<select name="{{name}}" aria-labelledby="r-{{criterion}} h-{{solution}}">{{#choices}}<option value="{{code}}"{{#selected}} selected{{/selected}}>{{label}}</option>{{/choices}}</select>{{/scored}}{{^scored}}<span aria-label="{{text.notScoredHere}}">–</span>{{/scored}}</td>{{/cells}}</tr>{{/rows}}</tbody></table></div>
        <p><button type="submit">{{text.saveGrid}}</button></p>
        </form>
        """,
        "workbook": """
        <h1>{{roundName}}: {{text.workbook}}</h1>
        <p>{{text.workbookIntro}}</p>
        <p><a href="{{download}}">{{text.downloadWorkbook}}</a></p>
        {{#imported}}<p class="notice" role="status">{{imported}}</p>{{/imported}}
        {{#hasProblems}}<div class="error" role="alert" id="errors"><p>{{text.workbookRefused}}</p><ul>{{#problems}}<li>{{.}}</li>{{/problems}}</ul></div>{{/hasProblems}}
        <h2>{{text.uploadWorkbook}}</h2>
        <form method="post" action="{{action}}" enctype="multipart/form-data">
        <input type="hidden" name="csrf" value="{{csrf}}">
        <p><label for="file">{{text.workbookFile}}</label><br><input id="file" name="file" type="file" accept=".xlsx" required></p>
        <p><button type="submit">{{text.upload}}</button></p>
        </form>
        <p><a href="{{criterionView}}">{{text.criterionView}}</a></p>
        """,
        "roundList": """
        <h1>{{text.rounds}}</h1>
        {{#hasProblems}}<div class="error" role="alert" id="errors"><ul>{{#problems}}<li>{{.}}</li>{{/problems}}</ul></div>{{/hasProblems}}
        <div class="scroll" tabindex="0" role="region" aria-label="{{text.rounds}}"><table><caption>{{text.rounds}}</caption>
        <thead><tr><th scope="col">{{text.roundName}}</th><th scope="col">{{text.state}}</th><th scope="col">{{text.solutionCount}}</th><th scope="col">{{text.created}}</th></tr></thead>
        <tbody>{{#rounds}}<tr><th scope="row"><a href="{{href}}">{{name}}</a> ({{id}}){{#illustrative}} – {{illustrative}}{{/illustrative}}</th><td>{{state}}</td><td>{{solutions}}</td><td>{{created}}</td></tr>{{/rounds}}</tbody></table></div>
        <h2>{{text.newRound}}</h2>
        <form method="post" action="/kierrokset{{query}}">
        <input type="hidden" name="csrf" value="{{csrf}}">
        <p><label for="id">{{text.roundID}}</label><br><input id="id" name="id" required value="{{id}}" aria-describedby="id-hint"><br><small id="id-hint">{{text.userNameHint}}</small></p>
        <p><label for="name">{{text.roundName}}</label><br><input id="name" name="name" value="{{name}}" size="50"></p>
        <p><label for="model">{{text.weightModel}}</label><br><select id="model" name="model">{{#models}}<option value="{{id}}">{{name}} ({{id}})</option>{{/models}}</select></p>
        <fieldset><legend>{{text.roundSolutions}}</legend>
        <p class="choices">{{#solutions}}<label><input type="checkbox" name="solution" value="{{id}}"{{#checked}} checked{{/checked}}> {{name}}</label><br>{{/solutions}}</p>
        </fieldset>
        <p><button type="submit">{{text.openRound}}</button></p>
        </form>
        """,
        "roundProgress": """
        <h1>{{roundName}}</h1>
        <p>{{id}} · {{state}} · {{text.weightModel}} {{model}}</p>
        <p>{{solutions}}</p>
        {{#problem}}<p class="error" role="alert">{{problem}}</p>{{/problem}}
        <h2>{{text.progress}}</h2>
        {{#open}}<p>{{text.progressIntro}}</p>{{/open}}
        {{#hasRows}}<div class="scroll" tabindex="0" role="region" aria-label="{{text.progress}}"><table><caption>{{text.progress}}</caption>
        <thead><tr><th scope="col">{{text.assessorLink}}</th><th scope="col">{{text.declaredColumn}}</th><th scope="col">{{text.scored}}</th><th scope="col">{{text.byArea}}</th><th scope="col">{{text.lastActivity}}</th></tr></thead>
        <tbody>{{#rows}}<tr><th scope="row">{{name}}</th><td>{{declared}}</td><td>{{done}}</td><td>{{areas}}</td><td>{{last}}</td></tr>{{/rows}}</tbody></table></div>{{/hasRows}}
        {{^hasRows}}<p>{{text.noAssessors}}</p>{{/hasRows}}
        {{#hasReminders}}<h2>{{text.reminders}}</h2>
        <p><label for="reminders">{{text.remindersHint}}</label><br><textarea id="reminders" readonly rows="6" cols="70">{{reminders}}</textarea></p>{{/hasReminders}}
        {{#next}}<h2>{{label}}</h2>
        <form method="post" action="{{action}}">
        <input type="hidden" name="csrf" value="{{csrf}}"><input type="hidden" name="to" value="{{to}}">
        <p>{{hint}}</p>
        <p><button type="submit">{{label}}</button></p>
        </form>{{/next}}
        {{#consensus}}<p><a href="{{consensus}}">{{text.consensus}}</a></p>{{/consensus}}
        <p><a href="{{back}}">{{text.rounds}}</a></p>
        """,
        "results": """
        <h1>{{text.results}}</h1>
        {{#hasRounds}}<ul>{{#rounds}}<li><a href="{{href}}">{{name}}</a> ({{state}})</li>{{/rounds}}</ul>{{/hasRounds}}
        {{^hasRounds}}<p>{{text.noResults}}</p>{{/hasRounds}}
        """,
        "whatIf": """
        <h1>{{roundName}}: {{text.results}}</h1>
        {{#illustrative}}<p class="banner" role="note"><strong>{{illustrative}}</strong></p>{{/illustrative}}
        {{#problem}}<p class="error" role="alert">{{problem}}</p>{{/problem}}
        {{#nothing}}<p>{{text.nothingPassed}}</p>{{/nothing}}
        {{^nothing}}<h2>{{text.ranking}}</h2>
        {{#changed}}<p class="notice" role="status">{{text.whatIfNotice}} <a href="{{reset}}">{{text.backToModel}}</a></p>{{/changed}}
        <div class="scroll" tabindex="0" role="region" aria-label="{{text.ranking}}"><table><caption>{{text.ranking}} ({{text.weightedSum}})</caption>
        <thead><tr><th scope="col">{{text.rank}}</th><th scope="col">{{text.solution}}</th><th scope="col">{{text.score}}</th></tr></thead>
        <tbody>{{#ranking}}<tr><td>{{rank}}</td><th scope="row">{{name}}</th><td>{{score}}</td></tr>{{/ranking}}</tbody></table></div>
        <h2>{{text.whatIf}}</h2>
        <p>{{text.whatIfIntro}}</p>
        <form method="get" action="{{action}}">
        {{#lang}}<input type="hidden" name="lang" value="{{lang}}">{{/lang}}
        {{#areas}}<fieldset class="weight"><legend>{{label}}</legend>
        <p><label for="w-{{id}}">{{text.areaWeight}} (%)</label><br><input id="w-{{id}}" name="w.{{id}}" type="number" min="0" max="100" step="0.1" value="{{value}}" aria-describedby="h-{{id}}"><br>\(band)<small id="h-{{id}}">{{hint}}</small></p>
        <details{{#open}} open{{/open}}><summary>{{text.criterionWeights}}</summary>
        {{#criteria}}<p><label for="c-{{id}}">{{label}} (%)</label><br><input id="c-{{id}}" name="c.{{id}}" type="number" min="0" max="100" step="0.1" value="{{value}}" aria-describedby="ch-{{id}}"><br>\(band)<small id="ch-{{id}}">{{hint}}</small></p>{{/criteria}}
        </details></fieldset>{{/areas}}
        <p><button type="submit">{{text.recompute}}</button></p>
        </form>
        <h2>{{text.report}}</h2>
        <p><a href="{{reportLink}}">{{text.openReport}}</a> {{text.reportIntro}}</p>
        <ul>{{#downloads}}<li><a href="{{href}}" download>{{file}}</a></li>{{/downloads}}</ul>
        <h2>{{text.qualityPoints}}</h2>
        <p>{{text.qualityPointsIntro}} <code>{{formula}}</code></p>
        <form method="get" action="{{pointsAction}}">
        {{#weights}}<input type="hidden" name="{{name}}" value="{{value}}">{{/weights}}
        <p><label for="max">{{text.maximumPoints}}</label><br><input id="max" name="max" type="number" min="1" step="any" value="40" required></p>
        <p><button type="submit">{{text.downloadPoints}}</button></p>
        </form>{{/nothing}}
        {{#hasExcluded}}<h2>{{text.gateExcluded}}</h2>
        <ul>{{#excluded}}<li>{{name}}: {{rules}}</li>{{/excluded}}</ul>{{/hasExcluded}}
        """,
        "auditLog": """
        <h1>{{text.auditLog}}</h1>
        {{#intact}}<p class="ok" role="status">{{text.auditIntact}} {{summary}}</p>{{/intact}}
        {{^intact}}<div class="error" role="alert"><p>{{text.auditBroken}}</p><ul>{{#problems}}<li>{{.}}</li>{{/problems}}</ul></div>{{/intact}}
        <h2>{{text.auditHead}}</h2>
        <p><code>{{head}}</code></p>
        <p>{{text.auditHeadHint}}</p>
        <form method="get" action="{{action}}">{{#lang}}<input type="hidden" name="lang" value="{{lang}}">{{/lang}}
        <p><label for="paa">{{text.publishedHead}}</label><br><input id="paa" name="paa" size="72" value="{{asked}}" autocomplete="off"> <button type="submit">{{text.checkHead}}</button></p>
        </form>
        {{#publishedResult}}<p role="status"><strong>{{publishedResult}}</strong></p>{{/publishedResult}}
        <h2>{{text.auditEntries}}</h2>
        {{#hasEntries}}<div class="scroll" tabindex="0" role="region" aria-label="{{text.auditEntries}}"><table><caption>{{text.auditEntries}}</caption>
        <thead><tr><th scope="col">{{text.sequence}}</th><th scope="col">{{text.time}}</th><th scope="col">{{text.actor}}</th><th scope="col">{{text.event}}</th><th scope="col">{{text.entity}}</th></tr></thead>
        <tbody>{{#entries}}<tr><th scope="row">{{sequence}}</th><td>{{at}}</td><td>{{actor}}</td><td>{{action}}</td><td>{{entity}}</td></tr>{{/entries}}</tbody></table></div>{{/hasEntries}}
        <p>{{#older}}<a href="{{older}}">{{text.olderEntries}}</a> {{/older}}{{#newest}}<a href="{{newest}}">{{text.newestEntries}}</a>{{/newest}}</p>
        """,
        "consensus": """
        <h1>{{roundName}}: {{text.consensus}}</h1>
        {{#illustrative}}<p class="banner" role="note"><strong>{{illustrative}}</strong></p>{{/illustrative}}
        {{#problem}}<p class="error" role="alert">{{problem}}</p>{{/problem}}
        <h2>{{text.concordance}}</h2>
        <div class="scroll" tabindex="0" role="region" aria-label="{{text.concordance}}"><table><caption>{{text.concordance}}</caption>
        <thead><tr><th scope="col">{{text.area}}</th><th scope="col">{{text.assessorCount}}</th><th scope="col">{{text.itemCount}}</th><th scope="col">Kendall W</th></tr></thead>
        <tbody>{{#concordance}}<tr><th scope="row">{{area}}</th><td>{{assessors}}</td><td>{{items}}</td><td>{{w}}</td></tr>{{/concordance}}</tbody></table></div>
        <h2>{{text.agenda}}</h2>
        <p>{{text.agendaIntro}} {{threshold}}. <a href="{{namesLink}}">{{namesLabel}}</a></p>
        {{#hasAgenda}}{{#agenda}}<section class="item" id="k-{{key}}"><h3>{{solution}}: {{criterion}} ({{range}})</h3>
        <ul>{{#scores}}<li>{{who}}: <strong>{{score}}</strong> – {{rationale}}</li>{{/scores}}</ul>
        <p>{{text.aggregateNow}}: {{aggregate}}.{{#agreed}} {{text.agreedValue}}: <strong>{{agreed}}</strong> – {{agreedRationale}} ({{agreedBy}}){{/agreed}}</p>
        {{#canAgree}}<form method="post" action="{{agreeAction}}">
        <input type="hidden" name="csrf" value="{{csrf}}"><input type="hidden" name="item" value="{{item}}">
        <p><label for="v-{{key}}">{{text.agreedValue}}</label> <select id="v-{{key}}" name="value">{{#options}}<option value="{{code}}"{{#selected}} selected{{/selected}}>{{label}}</option>{{/options}}</select></p>
        <p><label for="r-{{key}}">{{text.rationale}}</label><br><textarea id="r-{{key}}" name="rationale" rows="2" cols="60" required></textarea></p>
        <p><button type="submit">{{text.recordAgreed}}</button></p>
        </form>{{/canAgree}}</section>{{/agenda}}{{/hasAgenda}}
        {{^hasAgenda}}<p>{{text.noAgenda}}</p>{{/hasAgenda}}
        <h2 id="sovitut">{{text.agreedValues}}</h2>
        {{#hasAgreed}}<div class="scroll" tabindex="0" role="region" aria-label="{{text.agreedValues}}"><table><caption>{{text.agreedValues}}</caption>
        <thead><tr><th scope="col">{{text.solution}}</th><th scope="col">{{text.criterion}}</th><th scope="col">{{text.agreedValue}}</th><th scope="col">{{text.rationale}}</th><th scope="col">{{text.recordedBy}}</th></tr></thead>
        <tbody>{{#agreedList}}<tr><th scope="row">{{solution}}</th><td>{{criterion}}</td><td>{{value}}</td><td>{{rationale}}</td><td>{{by}}</td></tr>{{/agreedList}}</tbody></table></div>{{/hasAgreed}}
        {{^hasAgreed}}<p>{{text.noAgreedValues}}</p>{{/hasAgreed}}
        <h2 id="tuomiot">{{text.verdicts}}</h2>
        {{#hasVerdicts}}<div class="scroll" tabindex="0" role="region" aria-label="{{text.verdicts}}"><table><caption>{{text.verdicts}}</caption>
        <thead><tr><th scope="col">{{text.solution}}</th><th scope="col">{{text.rule}}</th><th scope="col">{{text.decision}}</th><th scope="col">{{text.rationale}}</th><th scope="col">{{text.recordedBy}}</th></tr></thead>
        <tbody>{{#verdicts}}<tr><th scope="row">{{solution}}</th><td>{{rule}}</td><td>{{met}}</td><td>{{rationale}}</td><td>{{by}}</td></tr>{{/verdicts}}</tbody></table></div>{{/hasVerdicts}}
        {{^hasVerdicts}}<p>{{text.noVerdicts}}</p>{{/hasVerdicts}}
        {{^closed}}<h3>{{text.newVerdict}}</h3>
        <form method="post" action="{{action}}">
        <input type="hidden" name="csrf" value="{{csrf}}">
        <p><label for="item">{{text.solutionAndRule}}</label><br><select id="item" name="item" required>{{#choices}}<option value="{{value}}">{{label}}</option>{{/choices}}</select></p>
        <fieldset><legend>{{text.decision}}</legend><label><input type="radio" name="met" value="yes" required> {{text.ruleMet}}</label><br><label><input type="radio" name="met" value="no"> {{text.ruleNotMet}}</label></fieldset>
        <p><label for="rationale">{{text.rationale}}</label><br><textarea id="rationale" name="rationale" rows="3" cols="60" required></textarea></p>
        <p><button type="submit">{{text.recordVerdict}}</button></p>
        </form>{{/closed}}
        <p><a href="{{back}}">{{text.progress}}</a></p>
        """,
        "home": """
        <h1>{{name}}</h1>
        <p>{{roleText}}</p>
        <p>{{text.comingNext}}</p>
        """,
    ]

    /// The app's one script (`/app.js`), an enhancement only: every page works without it. A scoring form saves itself
    /// once a score is chosen or its rationale changed — after the person has stopped for 0.7 s, so that arrowing
    /// through the choices saves the one they stop at, not each on the way — and says so in its status line; if the
    /// save is refused or fails, the form is submitted the ordinary way, so the server's page shows what is wrong.
    package static let script = """
        "use strict";
        document.querySelectorAll("form[data-autosave]").forEach(function (form) {
          var status = form.querySelector("[data-status]");
          var timer = null;
          form.addEventListener("change", function () {
            if (!form.querySelector("input[name=score]:checked")) return;
            status.textContent = "";
            clearTimeout(timer);
            timer = setTimeout(function () { save(form, status); }, 700);
          });
        });
        function save(form, status) {
          fetch(form.action, {
            method: "POST", body: new URLSearchParams(new FormData(form)), credentials: "same-origin", redirect: "manual"
          }).then(function (response) {
            if (response.type === "opaqueredirect" || response.ok) { status.textContent = status.dataset.saved; }
            else { status.textContent = status.dataset.failed; form.submit(); }
          }).catch(function () { status.textContent = status.dataset.failed; form.submit(); });
        }

        """

    /// What the app's forms add to the toolkit site's style sheet: nothing wider than a phone (a fieldset's default
    /// minimum width is its widest content), visible focus, errors that read as errors without relying on colour alone.
    package static let style = """
        .hp{position:absolute;left:-10000px;width:1px;height:1px;overflow:hidden}
        .nps{display:flex;flex-wrap:wrap;gap:.4rem}.nps span{display:inline-flex;align-items:center;gap:.15rem}
        form.feedback input[type=radio]{width:1.4rem;height:1.4rem;margin:.2rem}form.feedback p.option{margin:.2rem 0;display:flex;align-items:center;gap:.3rem}
        fieldset{min-width:0;border:1px solid #8a8a8a;border-radius:.25rem;margin:0 0 1rem;padding:.5rem .75rem}
        legend{font-weight:600;padding:0 .25rem}
        textarea,input:not([type=radio]):not([type=checkbox]),select{max-width:100%;box-sizing:border-box;font:inherit}
        input,select,textarea,button{font-size:1rem}
        label{overflow-wrap:anywhere}
        :focus-visible{outline:3px solid #1f4e79;outline-offset:2px}
        .error{border-left:4px solid #a4262c;padding:.25rem .75rem;background:#fdf3f4}.ok{border-left:4px solid #107c10;padding:.25rem .75rem;background:#f1f8f1}svg.band{display:block;width:100%;max-width:20rem;height:.6rem;margin:.2rem 0}fieldset.weight{margin:0 0 1rem}
        .notice{border-left:4px solid #1f4e79;padding:.25rem .75rem;background:#f3f7fb}
        header form{display:inline;margin:0}
        table.grid td{text-align:center}
        """

    /// The templates compiled once. They are constants of this file: a mistake in one is a programming error found by
    /// every test.
    package static let compiled: [String: HTMLTemplate] = sources.mapValues { try! HTMLTemplate($0) }
}
