#include "cli/code_explanations.h"

#include <cctype>

#include "checks/practice_rule.h"
#include "cli/word_wrap.h"

namespace sdgen::cli {
namespace {

// code, severity, title, what it means, why, how to fix. SD entries are not
// here: they are made from the practice-rule table (see SdExplanations).
const CodeExplanation kReading[] = {
    {"RD000", "error", "the record file cannot be opened or read",
     "sdgen could not open the file, or reading it failed: it does not exist, it is a folder, "
     "or sdgen may not read it.",
     "Nothing can be checked or built from a file that cannot be read, and saying nothing would "
     "look like success.",
     "Check the path and the file's permissions; give the record file itself, not its folder."},
    {"RD001", "error", "the record is not well-formed XML",
     "The file is not XML a reader can follow: an element not closed or closed in the wrong "
     "order, a truncated file, an unknown entity such as `&nbsp;`, or text outside the root.",
     "A record that cannot be parsed could be read in more than one way; sdgen refuses to guess "
     "what it says.",
     "Fix the line and column shown. Write `&amp;` for &, `&lt;` for <, and a character itself "
     "(or `&#160;`) instead of an HTML entity."},
    {"RD002", "error", "the record is not UTF-8",
     "Some bytes of the file are not valid UTF-8, often because it was saved as Windows-1252 "
     "or Latin-1.",
     "Names such as Siân or Łucja must come out exactly as written; bytes in another encoding "
     "would print as the wrong letters.",
     "Save the file as UTF-8 (in most editors: Save As, Encoding: UTF-8)."},
    {"RD003", "error", "a character XML does not allow",
     "The text holds a control character (U+0000-U+0008, U+000B, U+000C, U+000E-U+001F), raw or "
     "written as `&#...;`, usually pasted in from another program.",
     "XML forbids these characters and the documents could not show them.",
     "Delete the character at the place shown and retype the text around it."},
    {"RD004", "error", "a date-time without its UTC offset",
     "A date-time such as `2026-04-17T14:00:00` has no offset such as `+01:00` or `Z`.",
     "Deadlines are counted in hours between instants; without the offset the same time could "
     "be an hour out around the clock changes.",
     "Add the offset in force at that time: `+00:00` in winter, `+01:00` in British Summer Time."},
    {"RD005", "error", "an impossible or malformed date or date-time",
     "The value is not a real date or time, such as `2026-02-30`, `2026-02-29`, `24:30` or "
     "month `13`, or is not written as YYYY-MM-DD (with THH:MM:SS and an offset).",
     "A deadline counted from an impossible date would be wrong without anyone noticing.",
     "Correct the value; dates are written 2026-04-17 and date-times "
     "2026-04-17T14:00:00+01:00."},
    {"RD006", "error", "a reference names no id, or an id of the wrong kind",
     "An attribute that refers to someone (`by`, `owner`, `children`, `lives-with`, `for`, `to`) "
     "names an id that no attendee, person or child has, or one of the wrong kind.",
     "Documents print the names these ids lead to; a dangling reference would print nobody, or "
     "the wrong person.",
     "Use the id of the right attendee, person or child; the suggestion names the nearest one."},
    {"RD007", "error", "an id used twice, or two ids too alike",
     "Two elements of the record have the same id, or ids that differ only in case or "
     "punctuation (`p1`, `P1`, `p-1`); the message names both places.",
     "A reference to that id could mean either of them; ids name output files, and where case "
     "is ignored `P1` and `p1` would be one file.",
     "Give one of them a new id and update the references to it."},
    {"RD008", "error", "a value outside its list",
     "An attribute that takes one of a fixed list of words (such as `form`, `rating`, "
     "`relationship`, `role`, `outcome`, `threshold`, `share`, `alleged`, yes/no) has another "
     "value.",
     "The documents and the rules act on these words; an unknown one cannot be understood.",
     "Use one of the listed words; the suggestion gives the nearest."},
    {"RD009", "error", "a score that is not a whole number",
     "A scaling score or a `how-safe` mark is not a whole number.",
     "Signs of Safety scaling is on a 0-10 scale of whole numbers, and a child's picture is "
     "chosen by the mark.",
     "Write a whole number from 0 to 10."},
    {"RD010", "error", "an id that is not safe as part of a file name",
     "The record id could escape the output folder (such as `../x`) or holds something other "
     "than letters, digits, `-`, `_` and `/`; or the id of a child, person, attendee or action "
     "is not a token: an ASCII letter, then letters, digits, `-` and `_`, up to 64.",
     "Ids name the folder and the files the documents are written to (`family-letter-p1`); "
     "they must never point anywhere else.",
     "Use the case-management system's id, such as `SD-2026-0417`, and ids such as `c1`, `p1`, "
     "`a1`, `x1`."},
    {"RD011", "error", "the record is past a limit",
     "The file is larger than the 4 MiB a record may be, an element is nested more than 32 "
     "deep, or an element has more than 64 attributes.",
     "A real record is a few tens of kilobytes, five elements deep, with about ten attributes "
     "on an element; anything far past that is the wrong file or made to harm, and refusing it "
     "before reading keeps sdgen from crashing or running for minutes.",
     "Check that the file is a strategy-discussion record; pictures belong in separate PNG "
     "files, not inside the record."},
    {"RD012", "error", "a required element or attribute is missing or empty",
     "Something the record format requires is not there or is empty, such as an action's `due`, "
     "or `alleged` on a person with parental responsibility in format 2.",
     "The documents and rules depend on it; guessing a value could print something untrue.",
     "Add it; docs/record-format.md lists what each element needs."},
    {"RD013", "error or warning", "something sdgen does not know",
     "Error: an element inside free text, such as `<b>` or `<secret>` inside a `<harm>`. "
     "Warning: an element or attribute sdgen does not know (often a misspelling), or text "
     "directly inside an element that holds elements.",
     "What it holds will not reach any document; the warning makes sure that is not a surprise. "
     "An element inside a text could carry a level of its own that the text around it cannot "
     "honour, so its words are never printed and the record is refused.",
     "Correct the spelling (the suggestion gives the nearest known name) or remove it; write "
     "free text as plain words."},
    {"RD014", "error", "not a strategy-discussion record",
     "The root element is not `<strategy-discussion>`, or `format` is missing or not 1 or 2.",
     "sdgen reads only the record formats it knows.",
     "Check that this is a strategy-discussion record and add format=\"2\" to its root."},
    {"RD015", "error or warning", "a restricted item's agencies are wrong",
     "Error: `share=\"restricted\"` naming no agencies, or naming an agency no attendee belongs "
     "to. Warning: `agencies` on an item that is not restricted, or `share` or `to` on the root.",
     "A restricted item goes only to the agencies named; naming none, or one not present, "
     "would send it to nobody or to the wrong place.",
     "Name the agencies, as written in the attendees' `agency`, in `agencies`."},
    {"RD016", "error", "`to` where it cannot apply",
     "`to` on an item that is not shared with the family, or `to` or `share` inside a "
     "`<words-and-pictures>` block.",
     "`to` names family readers; on a professional item it would mean nothing, and inside a "
     "story it could silently hide part of it (the story's readers are its `for`).",
     "Remove the `to`, or share the item with the family; for a story, change its `for`."},
    {"RD017", "error", "not a language tag",
     "A `language` or `xml:lang` value is not a language tag of a known language, with at most "
     "a known script and region, such as `en-GB`, `cy` or `pl`.",
     "The language chooses hyphenation, word breaking and the document's language for screen "
     "readers, and is written into every document's metadata: a variant or private-use part "
     "could carry any words there.",
     "Write a language tag: `en-GB`, `cy`, `pl`."},
    {"RD018", "warning", "a format-2 part in a format-1 record",
     "A format-1 record uses an attribute or element of format 2; it is ignored, except `to`, "
     "which is honoured.",
     "Format 1 cannot say who is told what; the part you wrote would otherwise be silently lost.",
     "Change the record's `format` to 2 (see docs/record-format.md), or remove the part."},
    {"RD019", "error", "a second copy of an element or attribute that may appear only once",
     "The element may appear once where it is, and appears again; or an attribute is written "
     "twice on one element (`share=\"family\" share=\"restricted\"`).",
     "sdgen would have to choose one copy and drop the other.",
     "Merge the two into one element, or keep the attribute you mean."},
    {"RD020", "error",
     "a drawing or signature image that is not a picture inside the record's folder",
     "A `<drawing image>` or `<signature image>` is an absolute path, uses `..`, is a symbolic "
     "link leading out of the record's folder, names a missing file, a folder, a pipe or a "
     "device, or is not a PNG or JPEG sdgen can place.",
     "A record must not reach files outside its own folder (a pipe would hang the build, a device "
     "fill memory), and a child's drawing must not be lost silently.",
     "Put the picture beside the record (or in a folder under it) as a PNG and give its "
     "relative path."},
    {"RD021", "warning", "a child's voice shared with the family reaches no one",
     "A child's `voice` is shared with the family but has no `to`, so no reader gets it (a note "
     "in a format-1 record, which cannot name readers).",
     "A child's words are theirs; they are passed on only to whom the meeting decided.",
     "Add `to` naming who is told what the child said, or share it with professionals only."},
};

const CodeExplanation kTemplates[] = {
    {"TP001", "error", "a template is not well-formed XML",
     "The template file is not XML a reader can follow: an element not closed, a stray `<` or "
     "`&`.",
     "A template that cannot be parsed cannot be compiled, and no document can be made from it.",
     "Fix the line shown; write `&amp;` for & and `&lt;` for <."},
    {"TP002", "error", "an unknown template element",
     "The template uses an element the template language does not have, or a file does not "
     "start with `<template>` or `<partial>`.",
     "An unknown element would be dropped from every document.",
     "Check the spelling against docs/templates.md section 3; the suggestion gives the nearest."},
    {"TP003", "error", "an attribute is unknown, missing or has a wrong value",
     "A template element has an attribute it does not take, lacks one it needs, has one twice, "
     "or gives one a value it cannot have (such as an unknown audience or once-per, a document "
     "name that is not a token, or a width outside its range).",
     "Attributes decide who a document is for and how many copies it makes; a wrong one could "
     "send it to the wrong reader.",
     "Follow the suggestion; docs/templates.md lists every element's attributes."},
    {"TP004", "error", "a `{{ ... }}` or `each` cannot be read",
     "A `{{` is not closed, a `}}` has no `{{`, or an `each` does not read `name in list`.",
     "The template would print the brackets themselves, or nothing.",
     "Add the missing brackets, or write each=\"h in mapping.harms\"."},
    {"TP005", "error", "something is where it cannot go",
     "An element or text is placed where the template language does not allow it, such as "
     "words directly in the body or `<else>` outside an `<if>`.",
     "Every part of a document has a place in its structure; a stray one would be lost.",
     "Move it: words go inside `<p>`, `<else>` goes last inside its `<if>`."},
    {"TP010", "error", "an unknown field",
     "A `{{ ... }}` or an `each`, `has` or `of` names a field the record model does not have.",
     "It could print nothing in every document.",
     "Use a field from docs/templates.md section 10; the suggestion gives the nearest."},
    {"TP011", "error", "a value of the wrong kind",
     "A formatter is applied to the wrong kind of value, a loop goes over a single value, or "
     "`choose`, `mark` or `of` is given something it cannot use.",
     "The compiler checks kinds so that a template cannot fail halfway through a record.",
     "Follow the suggestion; docs/templates.md section 10 gives each field's kind."},
    {"TP012", "error", "a field its audience may not see",
     "The field may be hidden from this document's audience (its own share), or is never for "
     "this audience at all.",
     "Who may read an item is decided on the record side; a template must never print "
     "something to a reader it is not for.",
     "Add `otherwise \"...\"` or put it inside `<if has=\"...\">`, or remove it from this "
     "template."},
    {"TP013", "error", "a field that may be missing",
     "The field is optional in the record and the template does not say what to print without "
     "it, or an `otherwise` has no words.",
     "Without it, a document would print half a sentence.",
     "Write {{ field otherwise \"...\" }} or put the sentence inside `<if has=\"field\">`."},
    {"TP014", "error", "a partial that is missing or includes itself",
     "An `<include>` names a partial that does not exist, a document rather than a partial, or "
     "a partial that (directly or not) includes itself.",
     "The document would be missing a part, or never finish.",
     "Check the partial's name against the partials folder; break the loop."},
    {"TP015", "error", "labels.xml lacks a label",
     "labels.xml has no label set or no label for a word a template prints, or there is no "
     "labels.xml at all.",
     "Record values such as `s47` are printed as words from labels.xml; a missing one would "
     "print the raw value.",
     "Add the label to labels.xml (copy the shipped one and change its words)."},
    {"TP016", "error", "the style has no such picture or look",
     "A template names a picture or a look the style does not have.",
     "The document could not be drawn as written.",
     "Use a picture or look of the style (see docs/style.md), or add it to style.xml."},
    {"TP017", "error", "a template past a limit",
     "A template nests elements more than 64 deep (counting through the partials it includes), "
     "has more than 32 attributes on an element, or includes more than 1000 partials counting "
     "every copy.",
     "Real templates are a dozen deep with a few partials; far past that the compiler would "
     "crash or never finish.",
     "Flatten the template, or include a partial once where it is included again and again."},
    {"TP020", "error", "a template file in the wrong place, or unreadable",
     "A template cannot be read, or a partial is among the document templates.",
     "Each file in the templates folder is a document; a misplaced partial would become one.",
     "Move partials into the `partials` folder; check the file can be read."},
    {"TP021", "error", "two templates make the same document",
     "Two template files say the same `document=` name.",
     "Only one could be built; the other, perhaps a council's edit, would be silently lost.",
     "Give one of them another `document` name, or remove the copy you no longer want."},
    {"TP022", "error", "a language's template or labels leave out what the default prints",
     "A template in a language folder (such as `cy/family-letter.xml`) never prints a record field "
     "that the default template of the same document prints, or the language's labels.xml has no "
     "label for a value the default labels.xml has.",
     "Readers in that language must be told everything other readers are told; a field left out "
     "of a translation would be withheld from them without anyone deciding so.",
     "Print the field as the default template does (the note shows where), or add the label in "
     "the language."},
    {"TP023", "error", "a language's set of templates does not match the default set",
     "A language folder has no labels.xml, makes a document the default templates do not make, "
     "or makes one for other readers (another `audience` or `once-per`). As a warning: it has no "
     "copy of a family document, so its readers get the default one with the style's "
     "translation offer.",
     "A language folder translates the default documents for readers of that language; anything "
     "else would be built for nobody or in the wrong language.",
     "Add the missing labels.xml or family document in the language, or give the template the "
     "default one's `document`, `audience` and `once-per`."},
    {"TP030", "warning", "a value a template relies on is missing from the record",
     "While building, a value the template prints had no value in this record, and nothing was "
     "printed in its place.",
     "The compiler could not prove it is always there; the build says so rather than print a "
     "gap silently.",
     "Add the value to the record, or add `otherwise` in the template."},
};

const CodeExplanation kStyle[] = {
    {"ST001", "error", "style.xml is not well-formed XML",
     "The style file is not XML a reader can follow.",
     "Without a readable style there is no font, colour or page size to build with.",
     "Fix the line shown; write `&amp;` for &."},
    {"ST002", "error", "an unknown style element or attribute",
     "style.xml holds an element or attribute sdgen does not know, often a misspelling such as "
     "`minutes-working-day` for `minutes-working-days`.",
     "It would have no effect: a council's deadline or colour silently left at the default.",
     "Correct the spelling as the suggestion says (docs/style.md lists every setting), or "
     "remove it."},
    {"ST003", "error or warning", "a file the style names is missing",
     "A font, picture or logo file named in the style is not in the style folders, a picture "
     "rule names an unknown picture, or there is no style.xml at all.",
     "A missing font falls back to another (warning); a missing picture could leave a child's "
     "story without its pictures.",
     "Put the file in the style folder, or correct its name in style.xml."},
    {"ST004", "error", "a style value that cannot be used",
     "The style lacks the `standard` look, a colour is not six hexadecimal digits, or the "
     "locale or time zone is unknown.",
     "Every document needs a look, and dates need a real locale and time zone.",
     "Write colours as RRGGBB (`1d4f91`), locales as `en-GB`, time zones as `Europe/London`."},
    {"ST005", "error", "a number outside its range",
     "A style number is not a number, or is outside the range it may take: working days 1 to "
     "60, hours 1 to 168, margins 0 to 200 points, a reading age 5 to 99 years.",
     "A deadline of zero or two billion days, or a margin of `nan`, would be printed or laid "
     "out as if it meant something.",
     "Write a number in the range the message gives, such as 5."},
    {"ST006", "error", "a type size or line spacing a PDF cannot set",
     "A type size in the style is not a number from 1 to 300 points, or the line spacing is "
     "not from 0.5 to 3.",
     "The PDF writer cannot draw text at that size.", "Use a size in points, such as 12."},
    {"ST007", "error", "a support contact is incomplete",
     "A support contact in the style lacks its `name`, or has no way to reach it.",
     "Families are told whom to contact; a contact with no name or number helps nobody.",
     "Give each contact a `name` and a phone number or address (see docs/style.md)."},
    {"ST008", "error", "a picture or logo sdgen cannot place",
     "A picture or the logo named in style.xml is not a PNG or JPEG that PDFs and Word can hold "
     "as it is: an interlaced PNG, an SVG drawing, a GIF, a CMYK JPEG, a damaged file or one "
     "over 20 MB.",
     "It would fail every build that shows it, far from where it was chosen.",
     "Save it again as the message says (a PNG without interlacing, or a baseline JPEG)."},
    {"ST009", "error", "text that does not stand out from its background",
     "A look's text or heading colour has less contrast with the white page, or with the "
     "accent fill of callouts and table header rows, than WCAG 2.2 AA asks: 4.5:1 for text, "
     "3:1 for large text (18 pt, or 14 pt bold).",
     "People with low vision, colour blindness or a poor printer cannot read pale text; "
     "councils must meet WCAG 2.2 AA (Public Sector Bodies Accessibility Regulations 2018).",
     "Darken the text or heading colour (the suggestion gives the nearest that passes), or "
     "lighten the accent (docs/accessibility.md)."},
    {"ST010", "error", "body text too small for families or children",
     "The `letter` look, used for family letters, has body text under 12 pt, or the "
     "`children` look, used for words and pictures, under 14 pt.",
     "Parents may have poor sight or little confidence reading, and children are learning "
     "to read; small type shuts them out of what was decided about them.",
     "Set `<sizes body=\"12\">` (or `\"14\"` for children) or larger."},
    {"ST011", "error", "a picture or logo without alternative text",
     "A `<picture>` or the `<logo>` in style.xml has no `alt` describing it.",
     "Screen readers read the description out; without one a blind reader learns nothing of "
     "the picture, and Word's and PDF checkers fail the document.",
     "Add `alt=\"what the picture shows\"`, in a few plain words."},
};

const CodeExplanation kLanguage[] = {
    {"PL001", "warning or error", "jargon or an acronym",
     "A word or acronym professionals use that a family is unlikely to know, such as `LADO`.",
     "Families must understand what was decided about their children; jargon in text they "
     "read is an error, in professional text a warning.",
     "Say it in everyday words, as the suggestion does, or explain it where it is first used."},
    {"PL002", "warning or error", "a judgement-laden label",
     "A word that judges instead of describing, such as `controlling` or `non-compliant`.",
     "A label says what someone is; describing what was seen or heard is fairer and more "
     "useful, and is what Signs of Safety asks for.",
     "Describe the behaviour: what was seen or heard, when, by whom."},
    {"PL003", "warning or error", "professionalised language",
     "An everyday thing said in professional words, such as `disclosed` for told.",
     "It distances the family from what is written about them.",
     "Use the everyday word the suggestion gives."},
    {"PL004", "warning or error", "a police term", "A term from police procedure, such as `NFA`.",
     "Families rarely know these terms.", "Say what it means, as the suggestion does."},
    {"PL010", "warning or error", "the reading age is too high",
     "The text needs a higher reading age than its reader's target (GOV.UK's 9 years for a "
     "letter, lower for a child's story, or the style's own).",
     "A family document is read by one parent or child; it must be readable by them.",
     "Use shorter sentences and everyday words; docs/plain-language.md shows how it is scored."},
    {"PL011", "warning or error", "a sentence that is too long",
     "A sentence of family text has more than 25 words.",
     "Long sentences are the first thing that makes a letter hard to read.",
     "Split it into two or three sentences."},
    {"PL020", "warning or error", "a problem in a dictionary file",
     "A plain-language dictionary file has an entry that cannot be used, or a spelling listed "
     "twice.",
     "The checker would miss or misreport a term.",
     "Fix the entry shown; docs/plain-language.md describes the file."},
    {"PL021", "warning", "an accepted term that is not in the dictionary",
     "A term in an accept list is not one the dictionary knows, often a misspelling (`LAD0` "
     "for `LADO`).",
     "Accepting a term that is never flagged does nothing, and probably hides a typo.",
     "Correct the spelling, or remove the term from the accept list."},
    {"PL022", "error or warning", "a language file cannot be read",
     "A file given to `sdgen lint`, or a dictionary or accept list, cannot be read; a build "
     "that cannot load the dictionary makes documents without a glossary.",
     "The check cannot run on text it cannot read.", "Check the path and permissions."},
};

const CodeExplanation kCalendar[] = {
    {"BH001", "error", "a problem in the bank-holidays file",
     "The style's bank-holidays.xml is not well-formed, its root is not `<bank-holidays>`, or "
     "an entry is not a `<holiday>` or `<closure>` with a real date.",
     "Working-day deadlines (the LADO within 1 working day, conferences within 15) are counted "
     "from it; a wrong calendar gives wrong deadlines.",
     "Write each day as <holiday date=\"2026-12-25\">Christmas Day</holiday>."},
};

const CodeExplanation kOutput[] = {
    {"OUT001", "error", "a document cannot be made",
     "A writer (PDF, DOCX, flat XML or text) failed for one document of the record, or with "
     "--sign the decision sheet could not be signed; nothing of the record is written, and its "
     "family documents from an earlier build are removed.",
     "A partial set of documents could be mistaken for the whole.",
     "Read the message: it is usually an image or font that cannot be used. Fix it and build "
     "again."},
    {"OUT002", "error", "a file or folder cannot be written",
     "The output folder cannot be created, or a file in it cannot be written (permissions, a "
     "full disk, a file where a folder should be). It is said once for each folder.",
     "Documents that were not written must not look as if they were.",
     "Check that the -o folder can be written and has space, then build again."},
    {"OUT003", "note", "the record changed after its sheet was signed",
     "A signed decision sheet with the same name was made from a different version of the "
     "record, so the new sheet gets a new name (`decision-sheet-v2`).",
     "A signed sheet is never overwritten: it is what people agreed to.",
     "Nothing to fix; send the new sheet, and keep the old one with the record's history."},
    {"OUT004", "note", "a parent gets no letter",
     "An adult with parental responsibility gets no family letter, because no family "
     "information reaches them.",
     "Not telling a parent must be a decision of the meeting, not an oversight.",
     "If they should be told, add `to` naming them on the family information (format 2)."},
    {"OUT005", "note", "a family document is held back for the police",
     "A family document is not written until the police agree to what it tells its reader "
     "(SD029).",
     "Telling someone too early could harm a police investigation or the child.",
     "When the police agree, record their agreement and build again."},
    {"OUT006", "note", "a stale file was removed",
     "A file an earlier build wrote for this record (listed in the folder's `.sdgen-outputs`), "
     "or a family document, is not written by this build and was removed, or could not be.",
     "An old letter left beside the new ones could be sent by mistake; a stale letter is worse "
     "than none. A signed decision sheet is never removed.",
     "Nothing to fix. If it could not be removed, delete it by hand."},
    {"OUT007", "error", "a family document is withheld",
     "A family document is not written at all, not even as a DRAFT, because it would name "
     "someone its reader may not be told about (SD022) or tell an alleged person without the "
     "police's agreement (SD023).",
     "A document that could tell someone what they must not know must never exist.",
     "Change who is told what (`to`, `share`) in the record, or the words, as the message says."},
    {"OUT008", "note", "a family document is built as a DRAFT",
     "A family document fails the plain-language check its reader needs (SD027), so it is "
     "written with a DRAFT mark in every format.",
     "It must not be sent as it is; the findings just before say what to change.",
     "Rewrite the words shown (in the record or the template) and build again."},
    {"OUT009", "error", "two records of one build have the same id",
     "Two records given to one build would write to the same output folder; the second is not "
     "written, and the first stands.",
     "One record's documents would silently overwrite the other's.",
     "Give each record its own id, or build them separately into different folders."},
    {"OUT010", "note", "a digitally signed sheet is kept",
     "The decision sheet of this name is digitally signed (by `build --sign`), and this build "
     "does not make that same signed sheet again: it builds without --sign, or signs with "
     "another key. The new sheet gets a new name (`decision-sheet-v2`).",
     "A digitally signed sheet is never overwritten: its signature vouches for those bytes.",
     "Build with --sign and the same key to keep one sheet, or send the new one and keep the "
     "signed one with the record's history."},
    {"OUT011", "note", "more findings in one file than sdgen prints",
     "A file made more than 200 findings in one run; sdgen printed the first 200 (in file "
     "order) and says how many more it left out. The counts and the exit status include them "
     "all.",
     "A broken or hostile file can make thousands of findings, each printed with its line; past a "
     "few hundred they help nobody and can fill a terminal or a log.",
     "Fix the first findings and check the file again."},
};

const CodeExplanation kPdf[] = {
    {"PDF001", "warning", "a character no font can draw",
     "No font of the style, nor the fallback, has a glyph for the character; the PDF shows an "
     "empty box.",
     "A name with a missing letter is a wrong name.",
     "Add a font to the style that has the character (docs/pdf.md)."},
    {"PDF002", "warning", "a character above U+FFFF, such as an emoji",
     "The PDF writer cannot draw characters outside the basic multilingual plane; they are "
     "replaced by U+FFFD.",
     "The replaced character would otherwise vanish without a word.",
     "Write the meaning in words instead of the emoji."},
    {"PDF003", "warning", "right-to-left text",
     "Hebrew, Arabic or other right-to-left letters are drawn left to right and unshaped in the "
     "PDF.",
     "The PDF would be hard or impossible to read in that script.",
     "Use the DOCX for such text, or give a translation in a separate document."},
    {"PDF004", "warning", "an image or logo that cannot be drawn",
     "An image or the logo cannot be read as PNG; its description (or nothing, for the logo) is "
     "printed instead.",
     "A missing picture must not pass unnoticed.",
     "Check the image path and that the file is a PNG."},
};

std::vector<CodeExplanation> SdExplanations() {
  std::vector<CodeExplanation> out;
  for (const PracticeRule& rule : PracticeRules()) {
    std::string id = rule.id;
    out.push_back({id, rule.severity == Severity::kError ? "error" : "warning", rule.summary,
                   std::string("A practice rule: ") + rule.summary + ".",
                   std::string("It comes from the ") + rule.guidance + ".",
                   "Change the record so that it does what the rule asks; docs/rules.md shows a "
                   "bad and a good example of " +
                       id + "."});
  }
  return out;
}

std::string Lowercase(std::string text) {
  for (char& c : text) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return text;
}

std::string Uppercase(std::string text) {
  for (char& c : text) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  return text;
}

// A paragraph broken into lines of at most 78 columns, for a terminal.
std::string Wrapped(const std::string& paragraph) {
  std::string out;
  for (const std::string& line : WrapWords(paragraph, 78)) out += line + "\n";
  return out;
}

template <size_t N>
void Append(const CodeExplanation (&table)[N], std::vector<CodeExplanation>& out) {
  out.insert(out.end(), table, table + N);
}

}  // namespace

const std::vector<CodeExplanation>& CodeExplanations() {
  static const std::vector<CodeExplanation> kAll = [] {
    std::vector<CodeExplanation> all;
    Append(kReading, all);
    Append(kTemplates, all);
    Append(kStyle, all);
    Append(kLanguage, all);
    Append(kCalendar, all);
    std::vector<CodeExplanation> practice = SdExplanations();
    all.insert(all.end(), practice.begin(), practice.end());
    Append(kOutput, all);
    Append(kPdf, all);
    return all;
  }();
  return kAll;
}

const CodeExplanation* FindCodeExplanation(const std::string& code) {
  std::string wanted = Uppercase(code);
  for (const CodeExplanation& explanation : CodeExplanations())
    if (explanation.code == wanted) return &explanation;
  return nullptr;
}

std::string CodeHelpPath(const std::string& code) { return "docs/codes.md#" + Lowercase(code); }

std::string FormatExplanation(const CodeExplanation& e) {
  return Wrapped(e.code + " (" + e.severity + "): " + e.title) + "\n" +
         Wrapped("What it means: " + e.meaning) + "\n" + Wrapped("Why: " + e.why) + "\n" +
         Wrapped("How to fix it: " + e.fix) + "\n" + "More: " + CodeHelpPath(e.code) + "\n";
}

std::string CodeExplanationsMarkdown() {
  std::string out =
      "# What sdgen's codes mean\n\n"
      "Every finding sdgen prints ends with a code, such as `[RD006]`. This page explains each:\n"
      "what it means, why sdgen says it, and how to fix it. `sdgen explain CODE` prints the same\n"
      "text. It is made by `sdgen explain --markdown`; a test keeps the two the same.\n\n"
      "| family | what it is about |\n|---|---|\n"
      "| RD | reading the record ([record format](record-format.md)) |\n"
      "| TP | templates ([templates](templates.md)) |\n"
      "| ST | the style ([style](style.md)) |\n"
      "| PL | plain language ([plain language](plain-language.md)) |\n"
      "| BH | the bank-holidays calendar ([rules](rules.md#how-time-is-counted)) |\n"
      "| SD | practice rules ([rules](rules.md)) |\n"
      "| OUT | what the build writes, withholds or removes |\n"
      "| PDF | drawing the PDF ([PDF](pdf.md)) |\n";
  for (const CodeExplanation& e : CodeExplanations()) {
    out += "\n<a id=\"" + Lowercase(e.code) + "\"></a>\n## " + e.code + " (" + e.severity +
           "): " + e.title + "\n\n" + "**What it means.** " + e.meaning + "\n\n**Why.** " + e.why +
           "\n\n**How to fix it.** " + e.fix + "\n";
  }
  return out;
}

}  // namespace sdgen::cli
