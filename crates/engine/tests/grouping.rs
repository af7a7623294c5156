//! The engine on small corpora of other topics, written for these tests: what it groups
//! and which conflicts it finds must not depend on the built-in example's names.

use corroborate_engine::{Analysis, Conflict, ConflictKind, Options, Source};

/// Sentences about one topic, so that its common words are common and rare ones rare.
const SHIP: &[&str] = &[
    "The liner left Southampton on her maiden voyage with more than two thousand people aboard.",
    "Lookouts in the crow's nest had no binoculars that night.",
    "Several warnings about ice reached the wireless room during the day.",
    "The wireless operators were employed by a private company, not by the shipping line.",
    "Many lifeboats were lowered only half full.",
    "Passengers in third class found the stairways to the boat deck hard to reach.",
    "The band is said to have played until the very end.",
    "A nearby steamer did not respond to the distress rockets.",
    "Survivors were picked up by a rescue ship at dawn.",
    "Inquiries in two countries blamed the speed kept in an ice field.",
    "New rules required enough lifeboat seats for everyone aboard.",
    "Newspapers printed the lists of survivors for days.",
];

fn corpus(extra: &[&str]) -> Analysis {
    let text: Vec<&str> = SHIP.iter().chain(extra).copied().collect();
    Analysis::new(
        vec![Source::from_text("ship.txt", text.join(" "))],
        Options::default(),
    )
}

/// An analysis of several sources, each (name, text).
fn sources(files: &[(&str, &str)]) -> Analysis {
    Analysis::new(
        files
            .iter()
            .map(|&(name, text)| Source::from_text(name, text))
            .collect(),
        Options::default(),
    )
}

/// The conflict between statements `x` and `y` of one group, if the group lists one.
fn conflict_between(a: &Analysis, x: usize, y: usize) -> Option<&Conflict> {
    let g = a.group_of(x).filter(|&g| a.group_of(y) == Some(g))?;
    a.groups[g]
        .conflicts
        .iter()
        .find(|c| [c.a, c.b].contains(&x) && [c.a, c.b].contains(&y))
}

fn find(a: &Analysis, needle: &str) -> usize {
    (0..a.statements.len())
        .find(|&i| a.text(i).contains(needle))
        .unwrap_or_else(|| panic!("no statement contains {needle:?}"))
}

#[test]
fn grouping_two_datings_of_one_death_meet_with_a_date_conflict() {
    // Only "died" is shared, and "died" is not rare here: what makes them one claim is
    // that both put a date on that word.
    let a = corpus(&[
        "Doctors could not save the captain: he died on April 15, 1912.",
        "He died there under mysterious circumstances in February 1913, far from the sea.",
        "The chief officer died before he could give evidence.",
    ]);
    let x = find(&a, "April 15, 1912");
    let y = find(&a, "February 1913");
    let g = a
        .group_of(x)
        .unwrap_or_else(|| panic!("the first dating is grouped: {:#?}", a.groups));
    assert_eq!(a.group_of(y), Some(g), "{:#?}", a.groups);
    let conflict = a.groups[g]
        .conflicts
        .iter()
        .find(|c| (c.a, c.b) == (x.min(y), x.max(y)))
        .expect("a date conflict between the two datings");
    assert_eq!(conflict.kind, ConflictKind::Date);
    // The undated deaths are not pulled in by the dated ones.
    assert_ne!(a.group_of(find(&a, "chief officer")), Some(g));
}

#[test]
fn grouping_a_year_told_relative_to_the_event_is_compared_as_a_date() {
    // Two sources tell the event's year; a third tells a confession "forty years later",
    // which counts from the event's year (1951), not from the last year it told (1990).
    let paper = "The mill fire of 1911 started in the dye house. The owners rebuilt in 1990 a smaller mill.";
    let history = "The mill fire broke out in the spring of 1911. Forty years later, the night watchman admitted that he had started it with a dropped pipe.";
    let memoir =
        "In 1937, the night watchman admitted that he had started the fire with a dropped pipe.";
    let a = sources(&[
        ("paper.txt", paper),
        ("history.txt", history),
        ("memoir.txt", memoir),
    ]);
    let x = find(&a, "Forty years later");
    let y = find(&a, "In 1937");
    let c = conflict_between(&a, x, y)
        .unwrap_or_else(|| panic!("one group, a date conflict: {:#?}", a.groups));
    assert_eq!(c.kind, ConflictKind::Date);
    let told = c.values.join(" / ");
    assert!(told.contains("Forty years later (1951)"), "{told}");
}

#[test]
fn grouping_two_days_told_relative_to_the_story_conflict() {
    let a = corpus(&[
        "The wireless messages were relayed to the newspapers the next day.",
        "The wireless messages were relayed to the newspapers in full later that night.",
    ]);
    let x = find(&a, "the next day");
    let y = find(&a, "later that night");
    let c = conflict_between(&a, x, y)
        .unwrap_or_else(|| panic!("one group, a date conflict: {:#?}", a.groups));
    assert_eq!(c.kind, ConflictKind::Date);
    assert_eq!(c.values, ["the next day", "later that night"]);
}

#[test]
fn grouping_a_count_that_leaves_its_thing_out_counts_the_thing_before_it() {
    let first = "The first reports said the raider fired two shells at the lighthouse. Later inquiries showed only one was fired.";
    let second = "The raider fired a single shell at the lighthouse, a keeper wrote.";
    let a = sources(&[("reports.txt", first), ("keeper.txt", second)]);
    let x = find(&a, "only one was fired");
    let y = find(&a, "two shells");
    let c = conflict_between(&a, x, y)
        .unwrap_or_else(|| panic!("one group, a number conflict: {:#?}", a.groups));
    assert_eq!(c.kind, ConflictKind::Number);
    assert!(c.values.contains(&"one".to_owned()), "{:?}", c.values);
}

#[test]
fn grouping_a_name_opening_its_statement_is_read_as_a_name() {
    // "Wegmann" opens its statement, so its capital says nothing by itself; the corpus
    // writes it capitalized mid-sentence, so it is a name, and "Wegman" a spelling of it.
    let a = corpus(&[
        "Among the officers lost was Captain Wegmann, the commander, on the bridge.",
        "Wegmann, master of the liner, went down with the ship on the bridge.",
        "The liner was in command of Captain Wegman, who went down with the ship.",
    ]);
    let x = find(&a, "master of the liner");
    let y = find(&a, "Captain Wegman,");
    let c = conflict_between(&a, x, y)
        .unwrap_or_else(|| panic!("one group, a name conflict: {:#?}", a.groups));
    assert_eq!(c.kind, ConflictKind::Name);
}

#[test]
fn grouping_dates_of_different_events_do_not_meet() {
    // Both dated, nothing shared but common words: no group, no conflict.
    let a = corpus(&[
        "The ship was launched in May 1911 before a large crowd.",
        "The inquiry report was published in July 1912.",
    ]);
    let x = find(&a, "launched");
    let y = find(&a, "published");
    assert!(a.group_of(x).is_none() || a.group_of(x) != a.group_of(y));
}

#[test]
fn dates_of_different_moments_in_one_group_do_not_conflict() {
    // One question (when did the captain die?), but the second statement dates the day he
    // worsened, not his death: only dates said of the same thing are compared.
    let a = corpus(&[
        "The captain died on April 15 of his wounds.",
        "The captain took a turn for the worse on April 14 as his wounds festered, and died the next morning.",
        "The captain died on April 16 at the hospital of his wounds.",
    ]);
    let (died, worse, other) = (
        find(&a, "died on April 15"),
        find(&a, "turn for the worse"),
        find(&a, "April 16"),
    );
    let g = a.group_of(died).expect("grouped");
    assert_eq!(a.group_of(worse), Some(g), "{:#?}", a.groups);
    assert!(
        conflict_between(&a, died, worse).is_none(),
        "{:?}",
        a.groups[g].conflicts
    );
    assert_eq!(
        conflict_between(&a, died, other).map(|c| c.kind),
        Some(ConflictKind::Date),
        "two days of one death"
    );
}

#[test]
fn a_date_of_a_fatal_wound_is_no_date_of_the_death() {
    // "fatally wounded on May 3" dates the wounding; the adverb says how it ended.
    let a = corpus(&[
        "The mayor was hit and fatally wounded on May 3 at the town hall of his city.",
        "The mayor died on May 11 at the town hall of his city.",
        "The mayor was hit and wounded on May 4 at the town hall of his city.",
    ]);
    let (fatal, died, shot) = (
        find(&a, "fatally wounded"),
        find(&a, "died on May 11"),
        find(&a, "hit and wounded"),
    );
    let g = a.group_of(fatal).expect("grouped");
    assert_eq!(a.group_of(died), Some(g), "{:#?}", a.groups);
    assert!(
        conflict_between(&a, fatal, died).is_none(),
        "{:?}",
        a.groups[g].conflicts
    );
    assert_eq!(
        conflict_between(&a, fatal, shot).map(|c| c.kind),
        Some(ConflictKind::Date),
        "two days of one wounding"
    );
}

#[test]
fn a_life_span_in_brackets_dates_a_birth_and_a_death() {
    // An encyclopedia's "(birth – death)" after a name: the birth date is of no event of
    // the story, the death date compares with others' dates of his death.
    let a = corpus(&[
        "Mayor John Hartley (January 29, 1843 – September 14, 1901) was shot in the Temple hall and died of his wounds.",
        "Mayor John Hartley was shot in the Temple hall on September 6, 1901.",
        "Mayor John Hartley died of his wounds on September 13, 1901.",
    ]);
    let (span, shot, died) = (
        find(&a, "January 29"),
        find(&a, "hall on September 6"),
        find(&a, "wounds on September 13"),
    );
    let g = a.group_of(span).expect("grouped");
    assert_eq!(a.group_of(shot), Some(g), "{:#?}", a.groups);
    assert_eq!(a.group_of(died), Some(g), "{:#?}", a.groups);
    assert!(
        conflict_between(&a, span, shot).is_none(),
        "{:?}",
        a.groups[g].conflicts
    );
    assert_eq!(
        conflict_between(&a, span, died).map(|c| c.kind),
        Some(ConflictKind::Date),
        "two days of one death"
    );
}

#[test]
fn two_tellers_figures_in_one_statement_conflict_when_they_count_one_thing() {
    let a = corpus(&[
        "Some believe nearly 900 people died, though the U.S. Army said that only 600 people had been killed.",
        "Police said 12 people were killed, while witnesses said 200 people were in the hall.",
    ]);
    let own = |needle: &str| {
        let s = find(&a, needle);
        a.groups
            .iter()
            .flat_map(|g| &g.conflicts)
            .find(|c| c.a == s && c.b == s)
            .map(|c| c.values.clone())
    };
    assert_eq!(
        own("nearly 900"),
        Some(["nearly 900".to_owned(), "600".to_owned()]),
        "{:#?}",
        a.groups
    );
    assert_eq!(
        own("witnesses"),
        None,
        "the dead and people in a hall: two things"
    );
}

#[test]
fn a_date_said_only_of_a_time_of_day_compares_with_any() {
    // "on the night of" says when in the day, not what happened: the two datings of one
    // raid are compared, though their words differ.
    let a = corpus(&[
        "On the night of 30 July, commandos raided the radar station on the island.",
        "On July 31st, a joint operation of commandos attacked the radar station on the island.",
    ]);
    let (x, y) = (find(&a, "30 July"), find(&a, "July 31st"));
    assert_eq!(
        conflict_between(&a, x, y).map(|c| c.kind),
        Some(ConflictKind::Date),
        "{:#?}",
        a.groups
    );
    let a = corpus(&[
        "In the early hours of 15 April, the liner sank after striking the iceberg.",
        "The liner sank on 14 April after striking the iceberg.",
    ]);
    let (x, y) = (find(&a, "15 April"), find(&a, "14 April"));
    assert_eq!(
        conflict_between(&a, x, y).map(|c| c.kind),
        Some(ConflictKind::Date),
        "{:#?}",
        a.groups
    );
    // "predawn", "daybreak" are times of day too, whatever the event's words around them
    let a = corpus(&[
        "In the predawn hours of 9 May, a fire broke out in the hold of the liner.",
        "Passengers of the liner woke in the early morning hours of 8 May when smoke filled the hold.",
    ]);
    let (x, y) = (find(&a, "9 May"), find(&a, "8 May"));
    assert_eq!(
        conflict_between(&a, x, y).map(|c| c.kind),
        Some(ConflictKind::Date),
        "{:#?}",
        a.groups
    );
}

#[test]
fn a_number_the_statement_before_counts_is_a_count_of_the_same() {
    // "the true number" names no thing: it is the number the statement before gave, of the
    // dead, and is compared with the other tolls
    let a = sources(&[
        (
            "paper.txt",
            "The collier burned in the night. Newspapers claimed that about 75 people died. \
             But the trust now believes the true number was 59.",
        ),
        (
            "book.txt",
            "All 70 people aboard the collier perished in the cold water that night.",
        ),
        (
            "wire.txt",
            "It is feared that 80 people drowned when the collier burned. \
             The number of missing is estimated at 40. Of this number 12 were children.",
        ),
    ]);
    let (claimed, number, all) = (
        find(&a, "about 75"),
        find(&a, "true number"),
        find(&a, "All 70"),
    );
    let g = a.group_of(number).expect("grouped");
    assert_eq!(a.group_of(claimed), Some(g), "{:#?}", a.groups);
    assert_eq!(a.group_of(all), Some(g), "{:#?}", a.groups);
    assert_eq!(
        conflict_between(&a, number, all).map(|c| c.kind),
        Some(ConflictKind::Number),
        "{:?}",
        a.groups[g].conflicts
    );
    // a number that says what it is of, or takes a part of the number before, keeps to it
    for own in ["number of missing", "Of this number"] {
        assert_ne!(a.group_of(find(&a, own)), Some(g), "{own}: {:#?}", a.groups);
    }
}

#[test]
fn grouping_names_in_the_same_role_conflict() {
    let a = corpus(&[
        "The lookout, Frederick Fleet, saw the iceberg first and rang the bell.",
        "According to one survivor, the iceberg was first seen by the lookout, Reginald Lee.",
    ]);
    let x = find(&a, "Frederick Fleet");
    let y = find(&a, "Reginald Lee");
    let g = a.group_of(x).expect("grouped");
    assert_eq!(a.group_of(y), Some(g));
    let c = &a.groups[g].conflicts;
    assert!(
        c.iter().any(|c| c.kind == ConflictKind::Name
            && c.values == ["Frederick Fleet".to_owned(), "Reginald Lee".to_owned()]),
        "{c:?}"
    );
}

#[test]
fn grouping_name_spellings_conflict_but_word_forms_do_not() {
    let a = corpus(&[
        "The officer Charles Lightoller was last seen on the roof of the officers quarters.",
        "Stewards said the officer Charles Lightholler was last seen on the roof of the officers quarters.",
        "The Lifeboat Improvement Society asked for more boats after the sinking.",
        "The Society for Improving Lifeboats asked for more boats after the sinking.",
    ]);
    let names = |needle: &str| -> Vec<[String; 2]> {
        let g = a.group_of(find(&a, needle)).expect("grouped");
        a.groups[g]
            .conflicts
            .iter()
            .filter(|c| c.kind == ConflictKind::Name)
            .map(|c| c.values.clone())
            .collect()
    };
    assert_eq!(
        names("Charles Lightoller"),
        [["Lightoller".to_owned(), "Lightholler".to_owned()]]
    );
    assert!(
        names("Improvement Society").is_empty(),
        "one word in two forms is no second name"
    );
}

#[test]
fn grouping_counts_a_range_allows_are_apparent_conflicts() {
    let a = corpus(&[
        "About 300 people died when the liner sank in the night.",
        "Exactly 312 people died when the liner sank in the night.",
        "Exactly 1,500 people died when the liner sank in the cold night.",
    ]);
    let x = find(&a, "About 300");
    let y = find(&a, "Exactly 312");
    let z = find(&a, "1,500");
    let g = a.group_of(x).expect("the death tolls are grouped");
    assert_eq!(a.group_of(y), Some(g));
    let conflict = |p: usize, q: usize| {
        a.groups[g]
            .conflicts
            .iter()
            .find(|c| (c.a, c.b) == (p.min(q), p.max(q)))
            .unwrap_or_else(|| panic!("a conflict {p}-{q}: {:#?}", a.groups[g]))
    };
    let c = conflict(x, y);
    assert_eq!(c.kind, ConflictKind::Number);
    assert!(c.apparent, "'about 300' allows 312");
    if a.group_of(z) == Some(g) {
        assert!(
            !conflict(y, z).apparent,
            "312 against 1,500 is a real conflict"
        );
    }
    let json = corroborate_engine::json::to_json(&a);
    assert!(json.contains("\"apparent\": true"));
    let md = corroborate_engine::report::render(
        &a,
        &Default::default(),
        corroborate_engine::report::Format::Md,
    );
    assert!(md.contains("close reading may resolve this"));
}

/// Statements in two pairs that share words within the pair only: the grouping alone
/// keeps the pairs apart.
const FLOOD: &[&str] = &[
    "Rescue teams counted 312 dead after the river burst its banks near the mill town.",
    "Rescue teams worked near the mill town after the river burst its banks.",
    "The county coroner wrote his final report on the disaster in June.",
    "Only 280 people perished, the county coroner wrote in his final report on the disaster.",
    "Five months later the mill reopened.",
    "The mill owners paid for a new dam within five months.",
];

#[test]
fn grouping_gathers_counts_of_one_thing_that_disagree() {
    let a = corpus(FLOOD);
    let (dead, perished) = (find(&a, "312 dead"), find(&a, "280 people perished"));
    let g = a.group_of(dead).expect("the count of the dead is grouped");
    assert_eq!(a.group_of(perished), Some(g), "both answer how many died");
    assert!(
        a.groups[g]
            .conflicts
            .iter()
            .any(|c| c.kind == ConflictKind::Number
                && [c.a, c.b].contains(&dead)
                && [c.a, c.b].contains(&perished)),
        "{:?}",
        a.groups[g].conflicts
    );
    // "Five months" counts no one: it stays where its words put it.
    let months = find(&a, "Five months later");
    assert_ne!(a.group_of(months), Some(g));
}

#[test]
fn grouping_gathers_the_times_something_began() {
    // The two share no content word but that one began at a time of day: what makes them
    // one question is the onset word beside a time.
    let a = corpus(&[
        "The blaze broke out at ten P. M. behind the warehouse.",
        "Flames first started at about 9 p.m., witnesses recalled.",
        "The mayor spoke at noon in the square.",
    ]);
    let (ten, nine) = (find(&a, "ten P. M."), find(&a, "about 9 p.m."));
    let g = a.group_of(ten).expect("a time something began is grouped");
    assert_eq!(a.group_of(nine), Some(g), "both answer when it began");
    assert_eq!(
        conflict_between(&a, ten, nine).map(|c| c.kind),
        Some(ConflictKind::Date),
        "{:?}",
        a.groups[g].conflicts
    );
    // A time with no onset word answers another question.
    assert_ne!(a.group_of(find(&a, "at noon")), Some(g));
}

#[test]
fn one_thing_against_two_is_a_number_conflict() {
    let a = corpus(&[
        "The liner was struck by a single torpedo off the headland.",
        "Survivors said the liner was struck by two torpedoes off the headland.",
    ]);
    let (single, two) = (find(&a, "a single torpedo"), find(&a, "two torpedoes"));
    let g = a.group_of(single).expect("grouped");
    assert_eq!(a.group_of(two), Some(g));
    let c = conflict_between(&a, single, two).expect("one torpedo against two");
    assert_eq!(c.kind, ConflictKind::Number);
    assert!(c.values.contains(&"a single".to_owned()) && c.values.contains(&"two".to_owned()));
}

#[test]
fn the_number_of_a_thing_is_counted_however_far_its_figure() {
    let a = corpus(&[
        "The number of passengers is given by the line's agents at 1,254.",
        "Passengers numbered 1,251 in all, the line's agents said.",
    ]);
    let (far, near) = (find(&a, "1,254"), find(&a, "1,251"));
    let g = a.group_of(far).expect("grouped");
    assert_eq!(a.group_of(near), Some(g));
    assert_eq!(
        conflict_between(&a, far, near).map(|c| c.kind),
        Some(ConflictKind::Number),
        "{:?}",
        a.groups[g].conflicts
    );
}

#[test]
fn the_number_of_a_thing_meets_the_other_counts_of_that_thing() {
    let a = corpus(&[
        "Only a single shell struck the harbour wall, the gunners wrote.",
        "Accounts differ as to the number of shells, and some say there were three that landed near the quay.",
    ]);
    let (single, three) = (find(&a, "a single shell"), find(&a, "three that landed"));
    let shared = a.evidence(single, three).shared;
    assert!(
        shared.iter().any(|t| t.starts_with("(number of")),
        "both count shells: {shared:?}"
    );
    let g = a.group_of(single).expect("grouped");
    assert_eq!(a.group_of(three), Some(g));
    assert_eq!(
        conflict_between(&a, single, three).map(|c| c.kind),
        Some(ConflictKind::Number)
    );
}

#[test]
fn the_number_of_a_thing_without_a_figure_asks_its_count_question() {
    let a = corpus(&[
        "The first telegrams said that 200 people died in the flood.",
        "Later reports doubted the number of dead given in those telegrams.",
        "The mayor opened a relief fund for the town on Monday.",
    ]);
    let (count, doubt) = (find(&a, "200 people"), find(&a, "number of dead"));
    let shared = a.evidence(count, doubt).shared;
    assert!(
        shared.iter().any(|t| t == "(number of deaths)"),
        "both are about how many died: {shared:?}"
    );
    let g = a.group_of(count).expect("grouped");
    assert_eq!(a.group_of(doubt), Some(g));
    // "A number of" is some of them, no question of how many.
    let b = corpus(&["A number of dead were carried to the chapel by the miners."]);
    let some = find(&b, "A number of dead");
    let terms: Vec<String> = b.terms(some).into_iter().map(|t| t.0).collect();
    assert!(
        !terms.iter().any(|t| t == "(number of deaths)"),
        "{terms:?}"
    );
}

#[test]
fn mass_arrests_meet_a_count_of_arrests_as_an_apparent_conflict() {
    let a = corpus(&[
        "The governor ordered the arrest of 40 strikers that night.",
        "Forty strikers were arrested after the riot, the papers said.",
        "After the decree the militia made mass arrests of strikers across the county.",
    ]);
    let (forty, mass) = (find(&a, "arrest of 40"), find(&a, "mass arrests"));
    let g = a.group_of(forty).expect("grouped");
    assert_eq!(
        a.group_of(mass),
        Some(g),
        "one question: how many were arrested"
    );
    let c = conflict_between(&a, forty, mass).expect("40 against many");
    assert_eq!(c.kind, ConflictKind::Number);
    assert!(c.apparent, "many allows 40");
}

#[test]
fn parts_that_add_up_to_the_whole_do_not_conflict_with_it() {
    let a = corpus(&[
        "Of the collier's saved 487 were passengers and 274 crew.",
        "There were 761 survivors from the collier.",
        "Only 703 survivors from the collier are accounted for.",
    ]);
    let (parts, whole, other) = (find(&a, "487"), find(&a, "761"), find(&a, "703"));
    let g = a.group_of(whole).expect("grouped");
    assert_eq!(a.group_of(parts), Some(g));
    assert_eq!(a.group_of(other), Some(g));
    let between = |x: usize, y: usize| conflict_between(&a, x, y).is_some();
    assert!(
        !between(parts, whole),
        "487 + 274 = 761: {:?}",
        a.groups[g].conflicts
    );
    assert!(between(whole, other), "761 against 703");
}

#[test]
fn a_bare_plural_allows_a_figure_the_other_overstates() {
    let a = corpus(&[
        "Hundreds of people died when the collier burned.",
        "Exactly 312 people died when the collier burned.",
        "Thousands of people died when the collier burned.",
    ]);
    let (hundreds, figure, thousands) = (
        find(&a, "Hundreds"),
        find(&a, "Exactly 312"),
        find(&a, "Thousands"),
    );
    let g = a.group_of(figure).expect("grouped");
    assert_eq!(a.group_of(hundreds), Some(g));
    assert_eq!(a.group_of(thousands), Some(g));
    let conflict = |x: usize, y: usize| conflict_between(&a, x, y);
    // (the figure the word allows says more closely what the word says: no conflict)
    assert!(conflict(hundreds, figure).is_none(), "hundreds / 312");
    assert!(
        !conflict(thousands, figure)
            .expect("thousands / 312")
            .apparent
    );
}

#[test]
fn a_bound_no_word_gives_is_no_conflict_with_the_same_figure() {
    // "the 578 bodies recovered" allows more dead than were found, but says so in no word:
    // shown as "578" against "578", it would be no disagreement a student could see.
    let a = corpus(&[
        "Of the 2,000 people aboard the collier, 578 are now dead.",
        "Only half the 578 bodies recovered have been identified.",
    ]);
    let (dead, found) = (find(&a, "are now dead"), find(&a, "bodies recovered"));
    assert!(a.group_of(dead).is_some() && a.group_of(dead) == a.group_of(found));
    assert!(
        conflict_between(&a, dead, found).is_none(),
        "{:?}",
        a.groups[a.group_of(dead).unwrap()].conflicts
    );
}

#[test]
fn grouping_leaves_counts_of_different_things_apart() {
    // The same sentences, but the second count is of people hired, not of the dead: the
    // two answer different questions and stay where their words put them.
    let mut other: Vec<String> = FLOOD.iter().map(|s| (*s).to_owned()).collect();
    other[3] = other[3].replace("people perished", "people were hired");
    let refs: Vec<&str> = other.iter().map(String::as_str).collect();
    let a = corpus(&refs);
    let (dead, hired) = (find(&a, "312 dead"), find(&a, "280 people were hired"));
    assert!(
        a.group_of(dead).is_none() || a.group_of(dead) != a.group_of(hired),
        "no common question: no move"
    );
}

#[test]
fn an_infobox_row_is_never_off_topic_and_a_repeated_title_is_a_title() {
    let mut text = String::from(
        "Source: The Mill Flood | Town Archive — https://example.org/flood\n\nThe Mill Flood\n\n",
    );
    // Enough text (20 statements or more) for the off-topic rule to speak.
    for s in SHIP.iter().chain(SHIP) {
        text.push_str(s);
        text.push('\n');
    }
    text.push_str("Shipbuilder | Alaric Fenwick Thorncastle |\n");
    let a = Analysis::new(
        vec![Source::from_text("flood.txt", text)],
        Options::default(),
    );
    let row = find(&a, "Shipbuilder");
    assert_eq!(
        a.statements[row].noise, None,
        "a row of the page's infobox states a fact"
    );
    let heading = (0..a.statements.len())
        .find(|&i| a.text(i) == "The Mill Flood")
        .expect("the heading is a statement of its own");
    assert_eq!(
        a.statements[heading].noise,
        Some(corroborate_engine::NoiseKind::Title)
    );
}

#[test]
fn two_counts_of_one_noun_answer_one_question() {
    // "How many lifeboats?" asked twice, in words the corpus uses everywhere: the noun
    // both figures count joins them, as a facet joins counts of the dead.
    let a = corpus(&[
        "In all, the ship carried 20 lifeboats.",
        "There were sixteen lifeboats on the ship, the inquiry said.",
    ]);
    let (x, y) = (find(&a, "20 lifeboats"), find(&a, "sixteen lifeboats"));
    // the same words without the figures: the figures' own words lower the pair's cosine,
    // and the noun both count makes up for it
    let c = corpus(&[
        "In all, the ship carried lifeboats.",
        "There were lifeboats on the ship, the inquiry said.",
    ]);
    let (u, v) = (
        find(&c, "carried lifeboats"),
        find(&c, "There were lifeboats"),
    );
    let (counted, told) = (a.evidence(x, y).score, c.evidence(u, v).score);
    assert!(counted >= told - 0.05, "{counted} against {told}");
    // a plain word for people says who was counted, not what befell them: no bonus when
    // one count says it (those on the pier are no count of the dead), a bonus when
    // neither does (two counts of the crowd)
    let b = corpus(&[
        "In all, 300 persons were on the pier.",
        "Some 40 persons drowned off the pier.",
        "Some 250 persons stood on the pier, the harbour master wrote.",
    ]);
    let (p, q, r) = (
        find(&b, "300 persons"),
        find(&b, "40 persons"),
        find(&b, "250 persons"),
    );
    let (dead, crowd) = (b.evidence(p, q).score, b.evidence(p, r).score);
    assert!(crowd > dead, "{crowd} against {dead}");
}

#[test]
fn a_run_one_page_adds_about_something_else_is_off_topic() {
    // Two accounts of the voyage, and a club's page that tells it briefly, then goes on
    // about coins: words only that page repeats are its own topic, not the corpus's.
    let ship = SHIP.join(" ");
    let club = format!(
        "{} {} {} Members collected rare coins at the bazaar. Dealers sold silver coins \
         cheaply. Bring your coins to Tuesday's meeting upstairs. Polished coins fetch \
         less at auctions, experts say.",
        SHIP[0], SHIP[4], SHIP[8]
    );
    let a = sources(&[("a.txt", &ship), ("b.txt", &ship), ("club.txt", &club)]);
    for coins in [
        "rare coins",
        "silver coins",
        "Bring your coins",
        "Polished coins",
    ] {
        assert_eq!(
            a.statements[find(&a, coins)].noise,
            Some(corroborate_engine::NoiseKind::Offtopic),
            "{coins}"
        );
    }
    let told = (0..a.statements.len())
        .filter(|&i| a.statements[i].source == 2 && a.text(i).contains("lifeboats"))
        .collect::<Vec<_>>();
    assert!(!told.is_empty());
    assert!(told.iter().all(|&i| a.statements[i].noise.is_none()));
}

#[test]
fn quotations_a_mirror_appends_are_off_topic_to_the_next_heading() {
    let mut text =
        String::from("Source: The Mill Flood | A Mirror — https://example.org/flood\n\n");
    for s in SHIP.iter().chain(SHIP) {
        text.push_str(s);
        text.push('\n');
    }
    text.push_str(
        "Famous quotes containing the word flood:\n\n    The sea keeps no promise to the passengers in the lifeboats, as every survivor knows.\n    Aldous Wrenfield (1802–1870)\n\nAftermath\n\nThe mill was rebuilt two years later.\n",
    );
    let a = Analysis::new(
        vec![Source::from_text("flood.txt", text)],
        Options::default(),
    );
    for quoted in ["The sea keeps no promise", "Aldous Wrenfield"] {
        assert_eq!(
            a.statements[find(&a, quoted)].noise,
            Some(corroborate_engine::NoiseKind::Offtopic),
            "{quoted}"
        );
    }
    assert_eq!(
        a.statements[find(&a, "The mill was rebuilt")].noise,
        None,
        "the next heading ends the quotations"
    );
}

#[test]
fn two_rows_of_one_infobox_never_answer_one_question() {
    let rows =
        "Mill Flood\n\nStructures destroyed | 800 houses |\nFields destroyed | 4,000 acres |\n";
    let a = sources(&[
        ("box.txt", rows),
        ("other.txt", "Fields destroyed | 3,000 acres |\n"),
    ]);
    let (houses, fields) = (find(&a, "800 houses"), find(&a, "4,000 acres"));
    assert_eq!(
        a.evidence(houses, fields).score,
        0.0,
        "two fields of one box"
    );
    let other = find(&a, "3,000 acres");
    assert!(
        a.evidence(fields, other).score > 0.0,
        "one field in two sources"
    );
}

#[test]
fn footnote_marks_are_no_words_in_common() {
    let a = sources(&[(
        "wiki.txt",
        "The mayor wrote a letter.[citation needed]\nThe choir sang loudly.[citation needed][4]\n",
    )]);
    assert_eq!(a.evidence(0, 1).score, 0.0, "{:?}", a.evidence(0, 1).shared);
}

#[test]
fn a_small_number_written_out_is_no_word_in_common() {
    let a = sources(&[
        ("a.txt", "Two boatmen rowed across the flooded square."),
        ("b.txt", "Two bells rang in the chapel tower."),
    ]);
    assert_eq!(a.evidence(0, 1).score, 0.0, "{:?}", a.evidence(0, 1).shared);
}

#[test]
fn grouping_times_of_day_conflict_as_dates_and_close_ones_are_apparent() {
    let a = corpus(&[
        "The fire broke out in the stable behind the mill at ten P. M. on Sunday.",
        "The fire broke out in the stable behind the mill at about 9 p.m. on Sunday.",
        "The alarm from the stable behind the mill was raised shortly after 9:00 p.m.",
        "The alarm from the stable behind the mill was raised at 9:15 p.m.",
    ]);
    let conflict = |x: &str, y: &str| {
        let (x, y) = (find(&a, x), find(&a, y));
        let g = a.group_of(x).expect("grouped");
        assert_eq!(a.group_of(y), Some(g), "{x} and {y} share a group");
        a.groups[g]
            .conflicts
            .iter()
            .find(|c| [c.a, c.b].contains(&x) && [c.a, c.b].contains(&y))
            .cloned()
    };
    let c = conflict("ten P. M.", "about 9 p.m.").expect("ten against about nine");
    assert_eq!(c.kind, ConflictKind::Date);
    assert!(!c.apparent);
    let c = conflict("shortly after 9:00", "9:15 p.m.").expect("shortly after nine / 9:15");
    assert!(c.apparent, "shortly after nine allows a quarter past");
}

#[test]
fn lines_a_source_repeats_are_its_furniture() {
    let a = sources(&[(
        "report.txt",
        "REPORT ON THE BRIDGE DISASTER.\n\
         The bridge fell at a quarter past ten, with the train upon it.\n\
         Page 1\n\x0c\n\
         REPORT ON THE BRIDGE DISASTER.\n\
         The bridge fell at a quarter past ten, with the train upon it.\n\
         The Court finds that the girders were of poor iron.\n\
         Number of dead: 244\n\
         Number of dead: 250\n\
         Page 2",
    )]);
    // The same label with two values is two answers, not a running head.
    for needle in ["dead: 244", "dead: 250"] {
        assert!(a.statements[find(&a, needle)].noise.is_none(), "{needle}");
    }
    let heads: Vec<usize> = (0..a.statements.len())
        .filter(|&i| a.text(i) == "REPORT ON THE BRIDGE DISASTER.")
        .collect();
    assert_eq!(heads.len(), 2);
    assert!(
        heads.iter().all(|&i| a.statements[i].noise.is_some()),
        "a running head"
    );
    // A sentence said twice is still a statement, both times.
    let said: Vec<usize> = (0..a.statements.len())
        .filter(|&i| a.text(i).starts_with("The bridge fell"))
        .collect();
    assert_eq!(said.len(), 2);
    assert!(said.iter().all(|&i| a.statements[i].noise.is_none()));
}

#[test]
fn a_menus_links_under_one_sections_name_are_furniture() {
    let a = sources(&[(
        "revision.txt",
        "The mill burned on the night of 3 March.
         History: Kestria (1890-1914) - How the Mayor Rose (Quiz)
         History: Kestria (1890-1914) - The Mill Fire (Quiz)
         History: Kestria (1890-1914) - The Police State (Quiz)
         The mayor blamed the strikers.",
    )]);
    for needle in [
        "How the Mayor Rose",
        "The Mill Fire (Quiz)",
        "The Police State",
    ] {
        assert!(a.statements[find(&a, needle)].noise.is_some(), "{needle}");
    }
    for needle in ["The mill burned", "blamed the strikers"] {
        assert!(a.statements[find(&a, needle)].noise.is_none(), "{needle}");
    }
}

#[test]
fn a_sites_bulleted_menu_is_furniture_and_a_bulleted_list_of_facts_is_not() {
    let a = sources(&[(
        "consultancy.txt",
        "The Kestrel express ran into the back of a goods train at Lowport in 1940.
         • Accident investigator training
         • Bowtie risk assessment
         • Consultant coaching
         • Creating a vision
         • Decision support tools
         • Managing your time
         • Process mapping
         • Root cause analysis
         • Team development
         The driver had misread the signals.
         • killed 27 people
         • Fire broke out in the second coach
         • Rescue took four hours
         • The driver survived",
    )]);
    for needle in ["Bowtie risk", "Managing your time", "Team development"] {
        assert!(a.statements[find(&a, needle)].noise.is_some(), "{needle}");
    }
    for needle in [
        "killed 27 people",
        "Fire broke out",
        "Rescue took",
        "The driver survived",
        "misread the signals",
    ] {
        assert!(a.statements[find(&a, needle)].noise.is_none(), "{needle}");
    }
}

#[test]
fn a_signature_under_each_post_is_furniture() {
    let a = sources(&[(
        "thread.txt",
        "Posted by millhand
         The fire started in the carding room on the second floor.
         Stay safe down there.
         Posted by spinner
         No, it started in the boiler house, my grandfather said.
         Stay safe down there.
         Posted by loomfixer
         40 died.
         40 died.
",
    )]);
    let sig: Vec<usize> = (0..a.statements.len())
        .filter(|&i| a.text(i) == "Stay safe down there.")
        .collect();
    assert_eq!(sig.len(), 2);
    assert!(
        sig.iter().all(|&i| a.statements[i].noise.is_some()),
        "a signature"
    );
    // (a short line with a figure is an answer, however often a page repeats it)
    assert!(
        (0..a.statements.len())
            .filter(|&i| a.text(i) == "40 died.")
            .all(|i| a.statements[i].noise.is_none())
    );
}

#[test]
fn a_span_of_time_and_a_paragraphs_number_count_no_dead() {
    let a = sources(&[
        (
            "a.txt",
            "About seventy people died when the bridge fell into the river.",
        ),
        (
            "b.txt",
            "14. The number of people who died when the bridge fell into the river is not known.",
        ),
        (
            "c.txt",
            "The engineer of the bridge that fell into the river died within two years.",
        ),
        (
            "d.txt",
            "At least 80 people died when the bridge fell into the river.",
        ),
    ]);
    let all: Vec<&corroborate_engine::Conflict> =
        a.groups.iter().flat_map(|g| &g.conflicts).collect();
    assert!(
        all.iter()
            .any(|c| c.values.iter().any(|v| v.contains("80"))),
        "the two tolls meet: {all:?}"
    );
    for c in &all {
        assert!(
            !c.values.iter().any(|v| v == "14" || v.contains("two")),
            "{c:?}"
        );
    }
}

#[test]
fn a_group_is_labelled_by_a_whole_sentence_before_a_fragment() {
    // (the fragment comes first, and the two are equally central)
    let a = sources(&[
        (
            "transcript.txt",
            "so the cast iron columns had flaws in them\nthat nobody saw",
        ),
        (
            "report.txt",
            "The cast iron columns had flaws, the court found.",
        ),
        ("other.txt", &SHIP.join(" ")),
    ]);
    let g = a
        .group_of(find(&a, "the court found"))
        .expect("one question");
    assert_eq!(a.group_of(find(&a, "so the cast")), Some(g));
    assert_eq!(
        a.groups[g].label,
        "The cast iron columns had flaws, the court found."
    );
}

#[test]
fn bodies_recovered_are_the_dead_found_so_far() {
    let a = sources(&[
        (
            "a.txt",
            "In all 71 people died when the bridge fell into the river.",
        ),
        (
            "b.txt",
            "So far 44 bodies have been recovered from the river below the bridge.",
        ),
        (
            "c.txt",
            "By Monday 90 bodies had been recovered from the river below the bridge.",
        ),
        ("other.txt", &SHIP.join(" ")),
    ]);
    let (toll, some, more) = (
        find(&a, "71 people"),
        find(&a, "44 bodies"),
        find(&a, "90 bodies"),
    );
    let c = conflict_between(&a, toll, some).expect("44 found against 71 dead");
    assert!(c.apparent, "at least 44 died: {c:?}");
    let c = conflict_between(&a, toll, more).expect("90 found against 71 dead");
    assert!(!c.apparent, "more bodies than dead: {c:?}");
}

#[test]
fn figures_counting_different_nouns_do_not_conflict_but_people_do() {
    let a = sources(&[
        (
            "a.txt",
            "About seventy people died when the bridge fell into the river.",
        ),
        (
            "b.txt",
            // hard-wrapped, as an OCR page has it
            "The old bridge over the river fell in the\nnight, and the water rose fast around it. The\nwatchman saw it go. Twelve entire\nfamilies died when the bridge fell into\nthe river, as the papers said the next day.",
        ),
        (
            "c.txt",
            "Aid for the victims of the bridge that fell into the river came from 18 foreign countries.",
        ),
        (
            "d.txt",
            "At least 80 commuters died when the bridge fell into the river.",
        ),
    ]);
    let all: Vec<&Conflict> = a.groups.iter().flat_map(|g| &g.conflicts).collect();
    let (people, commuters) = (find(&a, "seventy people"), find(&a, "80 commuters"));
    assert!(
        conflict_between(&a, people, commuters).is_some(),
        "people and commuters are both people: {all:?}"
    );
    for c in &all {
        assert!(
            !c.values
                .iter()
                .any(|v| v.contains("Twelve") || v.contains("18")),
            "families and countries are no people: {c:?}"
        );
    }
}

#[test]
fn a_lone_statement_spelling_a_grouped_name_otherwise_joins_its_group() {
    // The third statement shares little with the others but the assassin's name, which it
    // spells one letter differently: it joins them, and the spellings are set side by side.
    let a = sources(&[
        (
            "paper.txt",
            "The archduke and his wife were killed in the street by Gavrillo Princip. \
             The archduke was shot in the street by Gavrillo Princip, a student.",
        ),
        (
            "forum.txt",
            "Honestly the whole thing is overrated, says Gavrilo Princip fan club.",
        ),
    ]);
    let (killed, shot, fan) = (
        find(&a, "his wife were killed"),
        find(&a, "a student"),
        find(&a, "fan club"),
    );
    let g = a.group_of(killed).expect("grouped");
    assert_eq!(a.group_of(shot), Some(g), "{:#?}", a.groups);
    assert_eq!(a.group_of(fan), Some(g), "{:#?}", a.groups);
    assert_eq!(
        conflict_between(&a, killed, fan).map(|c| c.kind),
        Some(ConflictKind::Name),
        "{:?}",
        a.groups[g].conflicts
    );
}

#[test]
fn a_lone_spelling_joins_the_group_it_shares_most_words_with() {
    // the name is told in two groups (the search, the sentence); the lone statement that
    // spells it one letter short shares the search's words: it joins that group
    let a = corpus(&[
        "Police searched the cellar of the burning building and found Ansel Vandermeer.",
        "Police searched the cellar again and found matches near the stairs.",
        "Police found more matches near the stairs of the burning building.",
        "A court sentenced Ansel Vandermeer to death for treason.",
        "The court sentenced the accused to death for treason in the winter.",
        "The court sentenced a second accused man beside Vandermeer in the winter.",
        "Police searching the burning building found Ansel Vandermer, who was later sentenced.",
    ]);
    let lone = find(&a, "Vandermer,");
    let searched = find(&a, "cellar of the burning");
    let sentenced = find(&a, "to death for treason.");
    assert_ne!(
        a.group_of(searched),
        a.group_of(sentenced),
        "{:#?}",
        a.groups
    );
    let g = a
        .group_of(searched)
        .unwrap_or_else(|| panic!("{:#?}", a.groups));
    assert_eq!(a.group_of(lone), Some(g), "{:#?}", a.groups);
    assert_eq!(
        conflict_between(&a, searched, lone).map(|c| c.kind),
        Some(ConflictKind::Name)
    );
}

#[test]
fn a_section_name_in_capitals_run_into_its_story_is_a_title() {
    let text = "Source: Evening Post — https://example.org/post\n\nTHE COLLAPSE. On the night of the storm the bridge fell with the train upon it. Divers searched the river for days.\nThe engineer said: THE BRIDGE IS SAFE. Nobody believed him.\n";
    let a = Analysis::new(
        vec![Source::from_text("post.txt", text.to_owned())],
        Options::default(),
    );
    let heading = (0..a.statements.len())
        .find(|&i| a.text(i) == "THE COLLAPSE.")
        .expect("the heading is a statement of its own");
    assert_eq!(
        a.statements[heading].noise,
        Some(corroborate_engine::NoiseKind::Title)
    );
    assert_eq!(a.statements[find(&a, "On the night")].noise, None);
    // a headline quoted inside a line of the story is no section's name
    assert_eq!(a.statements[find(&a, "THE BRIDGE IS SAFE")].noise, None);
}

#[test]
fn a_column_of_figures_answers_the_question_one_row_names() {
    // A page compiling what each source gave: one row says what the figures count, the
    // others only who gave them. Every row answers how many died.
    let a = sources(&[
        (
            "a.txt",
            "The Kestrel viaduct fell under the night express. The fall killed 92 passengers.",
        ),
        (
            "b.txt",
            "The Kestrel viaduct gave way in the storm. About 100 people were killed in the wreck.",
        ),
        (
            "list.txt",
            "Kestrel viaduct falls under train\n\n–92-~98  Our estimated death range.*\n\n—     100  Lowport Gazette, December 30, 1876.\n\n—   >100  Kestrel Herald. “Shocking Disaster…” 12-30-1876, p. 3.\n\n—       92  Smith, John. Railway Wrecks. 1993, p. 31.\n",
        ),
    ]);
    let rows = [
        find(&a, "Lowport Gazette"),
        find(&a, "Kestrel Herald"),
        find(&a, "Smith, John"),
    ];
    let toll = find(&a, "killed 92");
    let g = a.group_of(toll).expect("the toll is grouped");
    for r in rows {
        assert_eq!(a.group_of(r), Some(g), "{:#?}", a.groups);
    }
    // and a row's figure is compared with the others' ("100" against "92")
    assert!(
        conflict_between(&a, rows[0], toll).is_some(),
        "{:#?}",
        a.groups[g]
    );
    // the citation's page and date are no figures of it
    assert!(
        conflict_between(&a, rows[1], rows[0]).is_none_or(|c| !c.values.contains(&"3".to_owned()))
    );
    // nor are two citations' dates rival days: "39" against "35" is the conflict, not
    // a day of 1977 against a book of 1982
    let b = sources(&[
        (
            "a.txt",
            "Thirty-nine people died when the Kestrel dam failed on November 6, 1977.",
        ),
        (
            "b.txt",
            "The Kestrel dam failed in the night of November 6, 1977, and 39 people died.",
        ),
        (
            "list.txt",
            "1977 — Nov 6, Kestrel Dam Failure, Lowport– 39\n–39 Kestrel. “The Lowport Flood: the Worst Dam Failure…” Lowport News, 3-2- 2007.\n–39 History Site. This Day in History, Disaster, November 6, 1977. Dam Gives Way\n–38 Ludwin. The Weather Book. 1982, p. 82.\n–39 Lowport Dams Office. Estimating Loss of Life for Dam Failure. 2011, p. 78.\n–37 Lowport Gazette. “Flood From Dam Break Fatal to 37,” Nov 7, 1977, pp. 1 & 5.\n–35 Cornwell, James. The Great International Disaster Book (Third Edition). 1982, pp. 308-309.\n",
        ),
    ]);
    let (day, book) = (find(&b, "History Site"), find(&b, "Cornwell"));
    assert_eq!(
        conflict_between(&b, day, book).map(|c| c.kind),
        Some(ConflictKind::Number),
        "{:#?}",
        b.groups
    );
}

#[test]
fn a_toll_of_another_year_is_no_rival_even_where_the_sources_share_its_name() {
    // Five sources on a colliery explosion of 1906; two compare it with another colliery's
    // accident of 1942, so its names are no longer one source's (though fewer than half
    // use them). Its year says whose toll it is.
    let a = sources(&[
        (
            "a.txt",
            "The Lowmoor Colliery exploded on March 10, 1906. The explosion killed 1,099 miners.",
        ),
        (
            "b.txt",
            "On 10 March 1906 the Lowmoor Colliery blew up. It was second only to the Kestrel Colliery accident in Lowland on April 26, 1942, which killed 1,549 miners.",
        ),
        (
            "c.txt",
            "In March 1906 fire and gas swept the Lowmoor Colliery. The explosion killed 1,060 miners. Only the Kestrel Colliery accident of 1942 was worse.",
        ),
        (
            "d.txt",
            "The Lowmoor Colliery disaster of 1906 killed about 1,100 miners in all.",
        ),
        (
            "e.txt",
            "Rescue teams came to Lowmoor from across the country in March 1906.",
        ),
    ]);
    let other = find(&a, "1,549");
    for toll in [find(&a, "1,099"), find(&a, "1,060")] {
        assert!(
            conflict_between(&a, other, toll).is_none(),
            "{:#?}",
            a.groups
        );
    }
    // the colliery's own tolls still disagree
    assert!(
        conflict_between(&a, find(&a, "1,099"), find(&a, "1,060")).is_some(),
        "{:#?}",
        a.groups
    );
}

#[test]
fn a_toll_of_another_event_the_sources_compare_with_is_no_rival() {
    // Five sources on a dam's failure; one compares it with a mine disaster that only it
    // names. Its toll is that disaster's, no rival of the dam's.
    let a = sources(&[
        (
            "a.txt",
            "The Millbrook dam failed on the night of March 3. The flood killed 312 people in the valley below the Millbrook dam.",
        ),
        (
            "b.txt",
            "When the Millbrook dam gave way, water swept the valley. About 300 people were killed by the flood.",
        ),
        (
            "c.txt",
            "The Millbrook dam failure killed 312 people. It came only a year after the Kestrel Mine disaster, which killed 140 people.",
        ),
        (
            "d.txt",
            "Engineers had warned that the Millbrook dam was unsafe. The flood from the Millbrook dam killed 320 people.",
        ),
        (
            "e.txt",
            "The Millbrook dam was built in 1890 across the valley. Its failure flooded the valley.",
        ),
    ]);
    let mine = find(&a, "Kestrel Mine");
    let tolls = [find(&a, "killed 320"), find(&a, "About 300")];
    for t in tolls {
        assert!(conflict_between(&a, mine, t).is_none(), "{:#?}", a.groups);
    }
    // the dam's own tolls still disagree
    let g = a.group_of(tolls[0]).expect("the toll is grouped");
    // and the mine's toll answers no question of the dam's: it is not gathered with them
    assert_ne!(a.group_of(mine), Some(g), "{:#?}", a.groups);
    assert!(
        a.groups[g]
            .conflicts
            .iter()
            .any(|c| c.values.contains(&"320".to_owned())),
        "{:#?}",
        a.groups[g]
    );
}

#[test]
fn a_cause_left_alone_joins_the_group_asking_what_caused_it() {
    // Two sources blame the wiring in words they share; a third blames a watchman in
    // words of its own. It answers the same question: what caused the fire.
    let a = sources(&[
        (
            "a.txt",
            "The Kestrel mill fire began on a winter night. Faulty wiring in the boiler room caused the fire.",
        ),
        (
            "b.txt",
            "Investigators said faulty wiring in the boiler room caused the fire at the Kestrel mill. The roof fell in within an hour.",
        ),
        (
            "c.txt",
            "Some blamed a careless watchman. The mill was never rebuilt.",
        ),
        (
            "d.txt",
            "The Kestrel mill burned to the ground. Its owners rebuilt elsewhere.",
        ),
    ]);
    let wiring = a.group_of(find(&a, "Faulty wiring in the boiler room caused"));
    assert!(wiring.is_some(), "{:#?}", a.groups);
    assert_eq!(
        a.group_of(find(&a, "careless watchman")),
        wiring,
        "{:#?}",
        a.groups
    );
}

#[test]
fn an_ocr_damaged_name_of_the_sources_event_is_still_theirs() {
    // A paper's OCR cut the event's name short ("Ashwor;" for "Ashworth"): its toll is the
    // sources' own, a rival of theirs, not another event's.
    let a = sources(&[
        (
            "a.txt",
            "The Ashworth circus fire of June 3 killed 120 people in the town.",
        ),
        (
            "b.txt",
            "When the Ashworth circus tent burned, about 120 people were killed by the fire.",
        ),
        (
            "c.txt",
            "Relief workers came to help the victims of the Ashwor; circus fire which claimed almost 90 lives. The Ashwor; company paid the families.",
        ),
        (
            "d.txt",
            "The Ashworth circus fire killed 125 people, most of them children.",
        ),
    ]);
    let ocr = find(&a, "almost 90 lives");
    assert!(
        conflict_between(&a, ocr, find(&a, "killed 125")).is_some(),
        "{:#?}",
        a.groups
    );
}

#[test]
fn a_word_capitalized_for_opening_a_headline_names_no_other_event() {
    // "Terrible disaster last Friday claimed lives of nearly two hundred miners": the
    // capital is the sentence's, no event of that name; its toll is a rival of the others'
    let a = sources(&[
        (
            "a.txt",
            "Terrible disaster last Friday claimed lives of nearly two hundred miners at the Kestrel mine.",
        ),
        ("b.txt", "A total of 189 men died in the Kestrel mine."),
        (
            "c.txt",
            "The Kestrel mine explosion killed 189 men on the morning shift.",
        ),
        (
            "d.txt",
            "When the Kestrel mine exploded, 189 men were killed underground.",
        ),
    ]);
    let headline = find(&a, "Terrible disaster");
    assert!(
        conflict_between(&a, headline, find(&a, "A total of 189")).is_some(),
        "{:#?}",
        a.groups
    );
    // (but a name told with another year opening a statement is another event's, a later one too)
    let a = sources(&[
        (
            "a.txt",
            "The Kestrel mine explosion of 1921 killed 189 men on the morning shift.",
        ),
        (
            "b.txt",
            "A total of 189 men died in the Kestrel mine in 1921.",
        ),
        (
            "c.txt",
            "The Kestrel mine exploded in 1921 and 189 men were killed. Lowmoor disaster of 1930 killed 439 miners.",
        ),
        (
            "d.txt",
            "When the Kestrel mine exploded in 1921, 189 men were killed underground.",
        ),
    ]);
    let other = find(&a, "Lowmoor disaster");
    assert!(
        conflict_between(&a, other, find(&a, "A total of 189")).is_none(),
        "{:#?}",
        a.groups
    );
}

#[test]
fn another_events_name_one_letter_from_a_common_word_stays_another_events() {
    // "Pine" is one letter from "mine", a word every source uses: the Pine Hollow
    // disaster is still another event, its toll no rival.
    let a = sources(&[
        (
            "a.txt",
            "The Kestrel mine explosion killed 312 men on the morning shift.",
        ),
        (
            "b.txt",
            "When the Kestrel mine exploded, about 300 men were killed underground.",
        ),
        (
            "c.txt",
            "The Kestrel mine explosion killed 312 men. It came only a year after the Pine Hollow mine disaster, which killed 140 men.",
        ),
        (
            "d.txt",
            "Inspectors had warned that the Kestrel mine was unsafe. The explosion in the mine killed 320 men.",
        ),
    ]);
    let other = find(&a, "Pine Hollow");
    for t in [find(&a, "killed 320"), find(&a, "about 300")] {
        assert!(conflict_between(&a, other, t).is_none(), "{:#?}", a.groups);
    }
}

#[test]
fn one_sources_statements_alone_make_no_group_unless_they_disagree() {
    // Of four sources, one tells of the mill's old organ in two sentences apart that share
    // their words; no other source speaks of it. One source saying a thing twice is no
    // corroboration: they stay alone. The same source's two tolls that disagree are
    // still shown side by side.
    let a = sources(&[
        (
            "a.txt",
            "The old organ of the Kestrel chapel was played at every funeral. The fire killed 30 workers. The organ of the chapel was played by the blind organist at every funeral. The fire killed 35 workers, the inquest found.",
        ),
        (
            "b.txt",
            "The Kestrel mill fire began in the weaving shed. About 40 workers died in the fire.",
        ),
        (
            "c.txt",
            "Flames spread from the weaving shed through the Kestrel mill. The owners were blamed.",
        ),
        (
            "d.txt",
            "A memorial lists the workers the Kestrel mill fire killed.",
        ),
    ]);
    let organ = find(&a, "old organ");
    assert_eq!(a.group_of(organ), None, "{:#?}", a.groups);
    assert_eq!(
        a.group_of(find(&a, "blind organist")),
        None,
        "{:#?}",
        a.groups
    );
    // (the control: told by two sources, the same two sentences are grouped)
    let two = sources(&[
        (
            "a.txt",
            "The old organ of the Kestrel chapel was played at every funeral. The fire killed 30 workers.",
        ),
        (
            "b.txt",
            "The organ of the chapel was played by the blind organist at every funeral. About 40 workers died in the fire.",
        ),
        (
            "c.txt",
            "Flames spread from the weaving shed through the Kestrel mill. The owners were blamed.",
        ),
        (
            "d.txt",
            "A memorial lists the workers the Kestrel mill fire killed.",
        ),
    ]);
    let organ = two.group_of(find(&two, "old organ"));
    assert!(organ.is_some(), "{:#?}", two.groups);
    assert_eq!(
        two.group_of(find(&two, "blind organist")),
        organ,
        "{:#?}",
        two.groups
    );
    assert!(
        conflict_between(&a, find(&a, "killed 30"), find(&a, "killed 35")).is_some(),
        "{:#?}",
        a.groups
    );
}

#[test]
fn one_sources_run_of_statements_on_one_question_stays_a_group() {
    // A report explains how the span hung in three sentences in a row; no other source
    // speaks of it. A paragraph answering one question is a group of its own, as the
    // annotators read it, though one source tells it.
    let a = sources(&[
        (
            "a.txt",
            "The Kestrel bridge fell at night. The suspended span was hung from the girders at each of its four corners. Each corner of the span hung from a steel hanger on an upper pin and a lower pin. The hanger at the southeast corner of the span slid off its lower pin.",
        ),
        (
            "b.txt",
            "Three drivers died when the Kestrel bridge fell into the river at night.",
        ),
        ("c.txt", "The Kestrel bridge fell in 1983, killing three."),
        (
            "d.txt",
            "Traffic was sent through the town for months after the bridge fell.",
        ),
    ]);
    let hung = a.group_of(find(&a, "each of its four corners"));
    assert!(hung.is_some(), "{:#?}", a.groups);
    assert_eq!(
        a.group_of(find(&a, "steel hanger")),
        hung,
        "{:#?}",
        a.groups
    );
}

#[test]
fn sums_of_damage_make_one_question_and_the_cost_to_build_another() {
    // Three sources put a sum on the flood's damage in words of their own; two tell what
    // the dam cost to build. Each is one question, the sums side by side.
    let a = sources(&[
        (
            "a.txt",
            "The Kestrel dam failed in June. Damages to farms in the valley reached $2 billion. The dam cost about $100 million to build.",
        ),
        (
            "b.txt",
            "More than $1 billion in property damage was inflicted upon the Lowport valley. Construction of the dam had cost $55 million.",
        ),
        (
            "c.txt",
            "Towns below were swept away. Insurers put the losses at $900 million in all.",
        ),
        (
            "d.txt",
            "The Kestrel dam was new. Eleven people died in the flood.",
        ),
    ]);
    let damage = a.group_of(find(&a, "reached $2 billion"));
    assert!(damage.is_some(), "{:#?}", a.groups);
    assert_eq!(
        a.group_of(find(&a, "More than $1 billion")),
        damage,
        "{:#?}",
        a.groups
    );
    assert_eq!(
        a.group_of(find(&a, "$900 million")),
        damage,
        "{:#?}",
        a.groups
    );
    let built = a.group_of(find(&a, "$100 million to build"));
    assert!(built.is_some(), "{:#?}", a.groups);
    assert_ne!(built, damage, "{:#?}", a.groups);
    assert_eq!(
        a.group_of(find(&a, "$55 million")),
        built,
        "{:#?}",
        a.groups
    );
}

#[test]
fn statements_telling_the_events_day_make_one_group() {
    // Three sources tell the day the mill burned, each in words of its own, with no count
    // beside it: they answer one question, on what day, and are shown side by side.
    let a = sources(&[
        (
            "a.txt",
            "The Kestrel mill fire occurred on 8 December 1881, in the old quarter of Lowport. The fire killed 30 workers.",
        ),
        (
            "b.txt",
            "On December 8, 1881, flames were first seen in the weaving shed. About 40 workers died in the fire.",
        ),
        (
            "c.txt",
            "It was the evening of 8 December 1881 when the alarm bell rang out. The owners were blamed for the locked doors.",
        ),
        (
            "d.txt",
            "Masons had put up the building in 1850. The fire's toll was 35 workers.",
        ),
        (
            "e.txt",
            "Every year on 8 December families gather at the gates.",
        ),
    ]);
    let day = a.group_of(find(&a, "occurred on 8 December"));
    assert!(day.is_some(), "{:#?}", a.groups);
    assert_eq!(
        a.group_of(find(&a, "On December 8")),
        day,
        "{:#?}",
        a.groups
    );
    assert_eq!(a.group_of(find(&a, "alarm bell")), day, "{:#?}", a.groups);
    // (found by review: not a day kept every year)
    assert_ne!(a.group_of(find(&a, "Every year")), day, "{:#?}", a.groups);
    let day = day.expect("grouped");
    assert!(
        a.groups[day]
            .label
            .starts_with("On what day did it happen?"),
        "{}",
        a.groups[day].label
    );
    // a count's statement that names the day is not moved: it answers how many
    assert_ne!(
        a.group_of(find(&a, "killed 30")),
        Some(day),
        "{:#?}",
        a.groups
    );
}

#[test]
fn a_source_giving_the_event_another_day_joins_the_day_question_as_a_rival() {
    // Three sources date the mill fire to 8 December 1881; a fourth says the tragedy
    // occurred on 24 March of that year, in words no other statement shares. A student
    // must see the wrong day beside the others, flagged; a day of something else (the
    // inquiry) stays apart.
    let a = sources(&[
        (
            "a.txt",
            "On 8 December 1881, the weaving shed was full of workers. The fire killed 30 workers.",
        ),
        (
            "b.txt",
            "On December 8, 1881, flames were first seen in the weaving shed. About 40 workers died in the fire.",
        ),
        (
            "c.txt",
            "It was the evening of 8 December 1881 when the alarm bell rang out. The owners were blamed for the locked doors.",
        ),
        (
            "d.txt",
            "This tragic event occurred on March 24, 1881, marking a sombre chapter in the annals of the county. The toll was 35 workers. The inquiry opened on 2 February 1881 in the town hall.",
        ),
        (
            "e.txt",
            "The mill, opened on 3 May 1870, burned on December 8, 1881. The funerals of the victims took place on 12 December 1881.",
        ),
    ]);
    let day = a.group_of(find(&a, "On December 8"));
    assert!(day.is_some(), "{:#?}", a.groups);
    let rival = find(&a, "March 24");
    assert_eq!(a.group_of(rival), day, "{:#?}", a.groups);
    let conflict = conflict_between(&a, find(&a, "On December 8"), rival);
    assert!(conflict.is_some(), "{:#?}", a.groups);
    assert_ne!(
        a.group_of(find(&a, "inquiry opened")),
        day,
        "{:#?}",
        a.groups
    );
    // (found by review: the funerals' day is no rival)
    assert_ne!(a.group_of(find(&a, "funerals")), day, "{:#?}", a.groups);
}

#[test]
fn counts_of_one_thing_from_two_sources_are_one_question() {
    // Two sources count the ambulances, one beside the injured they carried; a third
    // counts the engines. How many ambulances came is one question, shown side by side,
    // not a part of how many were injured.
    let a = sources(&[
        (
            "a.txt",
            "Twenty-four passengers were injured in the derailment. A total of 36 ambulances took the injured passengers to hospital.",
        ),
        (
            "b.txt",
            "Forty ambulances from across the county were sent to the scene. About 25 passengers were injured in the derailment.",
        ),
        (
            "c.txt",
            "Some 30 passengers were injured. Twenty fire engines stood by all night.",
        ),
    ]);
    let came = a.group_of(find(&a, "36 ambulances"));
    assert!(came.is_some(), "{:#?}", a.groups);
    assert_eq!(
        a.group_of(find(&a, "Forty ambulances")),
        came,
        "{:#?}",
        a.groups
    );
    assert_ne!(
        a.group_of(find(&a, "fire engines")),
        came,
        "{:#?}",
        a.groups
    );
    assert_ne!(
        a.group_of(find(&a, "Twenty-four passengers")),
        came,
        "{:#?}",
        a.groups
    );
    // (and the two counts are flagged: the injured beside one are not what it counts)
    let c = conflict_between(&a, find(&a, "36 ambulances"), find(&a, "Forty ambulances"));
    assert!(c.is_some(), "{:#?}", a.groups);
    let came = came.expect("grouped");
    assert!(
        a.groups[came].label.starts_with("How many ambulances?"),
        "{}",
        a.groups[came].label
    );
}

#[test]
fn a_word_before_the_counted_noun_is_no_thing_asked() {
    // (found by review: "fire" before "engines" and "hydrants" is no thing counted)
    let a = sources(&[
        ("a.txt", "Thirty-six fire engines were sent to the scene."),
        ("b.txt", "Twelve fire hydrants were dry that night."),
        ("c.txt", "The blaze burned until dawn."),
    ]);
    let engines = a.group_of(find(&a, "fire engines"));
    assert!(
        engines.is_none() || engines != a.group_of(find(&a, "fire hydrants")),
        "{:#?}",
        a.groups
    );
}

#[test]
fn the_events_name_written_as_one_word_is_still_its_own() {
    // Most sources write "the Lowport Opera" in two words; two write it as one,
    // "Lowportopera", as its own language does. The same event, its toll a rival.
    let a = sources(&[
        (
            "a.txt",
            "The Lowport Opera burned on a winter night. The fire at the Lowport Opera killed 384 people.",
        ),
        (
            "b.txt",
            "When the Lowport Opera caught fire, the audience panicked. About 450 people were killed.",
        ),
        (
            "c.txt",
            "The fire in the Lowport Opera killed 620 people, the papers said.",
        ),
        (
            "d.txt",
            "In 1881, the house was destroyed in the Lowportopera fire that killed 384 people.",
        ),
        (
            "e.txt",
            "The Lowportopera fire began on the stage. The opera was never rebuilt.",
        ),
        (
            "f.txt",
            "A memorial stands where the Lowport Opera stood. The fire there killed 384 people.",
        ),
    ]);
    let one_word = find(&a, "Lowportopera fire that killed");
    assert!(
        conflict_between(&a, one_word, find(&a, "killed 620")).is_some(),
        "{:#?}",
        a.groups
    );
}

#[test]
fn another_place_named_by_two_common_words_stays_another_events() {
    // "Stonebridge" is made of two words every source uses, but only one source names it:
    // another disaster the sources compare theirs with, its toll no rival.
    let a = sources(&[
        (
            "a.txt",
            "The old stone bridge fell into the river at night. The train fell from the stone bridge and 75 people were killed.",
        ),
        (
            "b.txt",
            "When the stone bridge gave way, the carriages fell into the river. About 80 people were killed in the crash.",
        ),
        (
            "c.txt",
            "The stone bridge collapse killed 75 people. It came only a year after the Stonebridge disaster, which killed 12 people.",
        ),
        (
            "d.txt",
            "Engineers had warned that the stone bridge was unsafe. The fall of the bridge killed 90 people.",
        ),
    ]);
    let other = find(&a, "Stonebridge");
    for t in [find(&a, "killed 90"), find(&a, "About 80")] {
        assert!(conflict_between(&a, other, t).is_none(), "{:#?}", a.groups);
    }
    // the crash's own tolls still disagree
    assert!(
        conflict_between(&a, find(&a, "killed 90"), find(&a, "About 80")).is_some(),
        "{:#?}",
        a.groups
    );
}

#[test]
fn the_events_year_told_by_a_third_of_the_sources_still_dates_it() {
    // Only three of eight sources give the flood's year; the others tell it without one.
    // The year most sources give, three of them, is the event's: a fire of 1851 is
    // another's.
    let a = sources(&[
        (
            "a.txt",
            "The Millbrook dam failed on March 3, 1889. The flood killed 312 people in the valley.",
        ),
        (
            "b.txt",
            "When the Millbrook dam gave way in 1889, water swept the valley. About 300 people were killed by the flood.",
        ),
        (
            "c.txt",
            "The flood killed 320 people. In 1851, the worst fire in the valley's history broke out at the mill, resulting in 95 deaths.",
        ),
        (
            "d.txt",
            "Engineers had warned that the dam was unsafe. The flood killed 312 people.",
        ),
        (
            "e.txt",
            "The dam's failure sent a wall of water down the valley. Hundreds of homes were lost.",
        ),
        (
            "f.txt",
            "A memorial lists those the Millbrook flood killed. It stands by the river.",
        ),
        (
            "g.txt",
            "The great flood of 1889 is still remembered in the valley.",
        ),
        (
            "h.txt",
            "Survivors told of the roar of the water. Many climbed onto roofs.",
        ),
    ]);
    let fire = find(&a, "95 deaths");
    let toll = find(&a, "killed 320");
    // (the fire's toll and the flood's share a group, their words alike, but no conflict)
    assert!(a.group_of(toll).is_some(), "{:#?}", a.groups);
    for t in [toll, find(&a, "About 300")] {
        assert!(conflict_between(&a, fire, t).is_none(), "{:#?}", a.groups);
    }
}

#[test]
fn a_toll_told_with_a_year_before_the_event_is_another_events() {
    // One source ranks the flood among the valley's disasters: a fire of 1851 "that
    // claimed 95 lives" happened before the flood of 1889, so its toll is no rival.
    let a = sources(&[
        (
            "a.txt",
            "The Millbrook dam failed on March 3, 1889. The flood killed 312 people in the valley.",
        ),
        (
            "b.txt",
            "When the Millbrook dam gave way in 1889, water swept the valley. About 300 people were killed by the flood.",
        ),
        (
            "c.txt",
            "The flood of 1889 killed 320 people. Only a fire in 1851 at the mill on Water Street that claimed 95 lives comes close.",
        ),
        (
            "d.txt",
            "Engineers had warned in 1889 that the dam was unsafe. The flood killed 312 people.",
        ),
    ]);
    let fire = find(&a, "claimed 95");
    for t in [find(&a, "killed 320"), find(&a, "About 300")] {
        assert!(conflict_between(&a, fire, t).is_none(), "{:#?}", a.groups);
    }
    // a year the count is measured from is no other event's: "the worst since 1851"
    let since = sources(&[
        (
            "a.txt",
            "The Millbrook dam failed on March 3, 1889. The flood killed 312 people in the valley.",
        ),
        (
            "b.txt",
            "When the Millbrook dam gave way in 1889, the flood killed about 300 people.",
        ),
        (
            "c.txt",
            "It was the worst flood in the valley since 1851 and killed 350 people.",
        ),
        (
            "d.txt",
            "Engineers had warned in 1889 that the dam was unsafe. The flood killed 312 people.",
        ),
    ]);
    assert!(
        conflict_between(
            &since,
            find(&since, "killed 350"),
            find(&since, "killed 312 people in")
        )
        .is_some(),
        "{:#?}",
        since.groups
    );
    // the flood's own tolls still disagree
    let g = a
        .group_of(find(&a, "killed 320"))
        .expect("the toll is grouped");
    assert!(
        a.groups[g]
            .conflicts
            .iter()
            .any(|c| c.values.contains(&"320".to_owned())),
        "{:#?}",
        a.groups[g]
    );
}

#[test]
fn a_toll_broken_down_into_a_list_gives_parts_no_rival() {
    // "64 in the local train, 23 in the express and seven in the mail train": a list of
    // three figures or more of one kind, its verb said once, tells parts of the toll.
    let a = sources(&[
        (
            "a.txt",
            "The Millbrook rail crash killed 112 people on the morning of October 8.",
        ),
        (
            "b.txt",
            "The Millbrook crash left 112 dead. It was believed that 64 fatalities occurred in the local train, 23 in the express and seven in the mail train.",
        ),
        (
            "c.txt",
            "At Millbrook 108 people were killed when three trains collided.",
        ),
        ("d.txt", "The crash at Millbrook killed 112 people."),
    ]);
    let list = find(&a, "64 fatalities");
    for t in [find(&a, "108 people"), find(&a, "left 112")] {
        assert!(conflict_between(&a, list, t).is_none(), "{:#?}", a.groups);
    }
    // the tolls still disagree
    assert!(
        conflict_between(
            &a,
            find(&a, "108 people"),
            find(&a, "rail crash killed 112")
        )
        .is_some(),
        "{:#?}",
        a.groups
    );
}

#[test]
fn a_toll_told_with_a_day_before_the_event_is_another_events() {
    // A page sets the explosion among the month's other mine disasters, each told with its
    // day: the tolls of December 2 and December 9 were counted before the sources' explosion
    // of December 14, so they are no rivals of its toll (nor of each other).
    let a = sources(&[
        (
            "a.txt",
            "The Kestrel mine exploded on December 14, 1911. The explosion killed 212 miners.",
        ),
        (
            "b.txt",
            "On December 14, 1911, the Kestrel mine blew up. About 200 men were killed.",
        ),
        (
            "c.txt",
            "It was the third mine disaster that month. December 2, the Hollow Creek mine near \
             Lowport exploded claiming at least 35 lives. It followed the Pine Ridge disaster on \
             December 9 that killed 120 miners. December 14, at least 212 were killed at Kestrel.",
        ),
        (
            "d.txt",
            "Rescuers reached the Kestrel mine on December 14, 1911. The explosion killed 212 miners.",
        ),
    ]);
    let toll = find(&a, "About 200");
    for other in [find(&a, "claiming at least 35"), find(&a, "killed 120")] {
        assert!(
            conflict_between(&a, other, toll).is_none(),
            "{:#?}",
            a.groups
        );
        assert!(
            conflict_between(&a, other, find(&a, "at least 212")).is_none(),
            "{:#?}",
            a.groups
        );
    }
    assert!(
        conflict_between(&a, find(&a, "claiming at least 35"), find(&a, "killed 120")).is_none(),
        "{:#?}",
        a.groups
    );
    // the day's own toll is still the sources' own and still a rival of "About 200"
    let g = a.group_of(toll).expect("the toll is grouped");
    assert!(
        a.groups[g]
            .conflicts
            .iter()
            .any(|c| c.values.iter().any(|v| v.contains("200"))),
        "{:#?}",
        a.groups[g]
    );
}

#[test]
fn a_day_before_the_event_that_tells_no_other_event_keeps_its_count() {
    // (each: the sources, the two statements whose counts must still disagree)
    type Case<'a> = (&'a [(&'a str, &'a str)], &'a str, &'a str);
    let cases: [Case<'_>; 5] = [
        // the papers' datelines are the day after: no day of the event is known
        (
            &[
                (
                    "a.txt",
                    "Lowport, Pa., Dec. 15.—The explosion at the Kestrel mine killed about 190 miners.",
                ),
                (
                    "b.txt",
                    "Lowport, Pa., Dec. 15.—About 190 miners were killed in the Kestrel mine explosion.",
                ),
                (
                    "c.txt",
                    "Lowport, Pa., Dec. 15.—The Kestrel mine explosion killed about 190 miners, it is feared.",
                ),
                (
                    "d.txt",
                    "The explosion at the Kestrel mine on December 14, 1911 killed 212 miners.",
                ),
            ],
            "killed 212",
            "feared",
        ),
        // the people aboard when she sailed, days before she sank: no other event's
        (
            &[
                (
                    "a.txt",
                    "The Kestrel sank on April 15, 1912, after striking ice.",
                ),
                (
                    "b.txt",
                    "On April 15, 1912 the Kestrel went down. There were 2,224 people aboard.",
                ),
                (
                    "c.txt",
                    "The Kestrel, which sailed from Lowport on April 10 with 2,208 people aboard, struck ice.",
                ),
                ("d.txt", "The Kestrel foundered on April 15, 1912."),
            ],
            "2,224 people aboard",
            "2,208 people aboard",
        ),
        // the night it broke out, the day before the day most sources give
        (
            &[
                (
                    "a.txt",
                    "The Lowport fire of October 9, 1871 burned the mill district. The fire killed 250 people.",
                ),
                (
                    "b.txt",
                    "On October 9, 1871 the Lowport fire burned the mill district.",
                ),
                ("c.txt", "The October 8 fire killed 300 people in Lowport."),
                ("d.txt", "Lowport burned on October 9, 1871."),
            ],
            "killed 250",
            "killed 300",
        ),
        // a day of another year opening the statement
        (
            &[
                (
                    "a.txt",
                    "The Kestrel mine exploded on December 14, 1911. The explosion killed 212 miners.",
                ),
                ("b.txt", "On December 14, 1911, the Kestrel mine blew up."),
                (
                    "c.txt",
                    "May 30, 1913, a monument to the 190 miners killed in the explosion was unveiled.",
                ),
                (
                    "d.txt",
                    "Rescuers reached the Kestrel mine on December 14, 1911.",
                ),
            ],
            "killed 212",
            "190 miners",
        ),
        // a day told as a start ("since"), and a day told every year
        (
            &[
                (
                    "a.txt",
                    "The Kestrel mine exploded on December 14, 1911. The explosion killed 212 miners.",
                ),
                (
                    "b.txt",
                    "On December 14, 1911, the Kestrel mine blew up. Every May 30 the names of the 190 miners killed are read.",
                ),
                (
                    "c.txt",
                    "The Kestrel mine had employed 400 men since March 3.",
                ),
                (
                    "d.txt",
                    "Rescuers reached the Kestrel mine on December 14, 1911.",
                ),
            ],
            "killed 212",
            "190 miners",
        ),
    ];
    for (files, x, y) in cases {
        let a = sources(files);
        let (x, y) = (find(&a, x), find(&a, y));
        assert!(
            conflict_between(&a, x, y).is_some(),
            "{:?} / {:?}: {:#?}",
            a.text(x),
            a.text(y),
            a.groups
        );
    }
}

#[test]
fn a_count_summed_over_several_events_is_no_rival_of_the_toll() {
    // "in five explosions": the month's dead of several mines, not the sources' toll
    let a = sources(&[
        (
            "a.txt",
            "The Kestrel mine exploded in 1911. The explosion killed 212 miners.",
        ),
        (
            "b.txt",
            "About 200 men were killed in the Kestrel mine explosion of 1911.",
        ),
        (
            "c.txt",
            "The Kestrel mine explosion of 1911 killed 212 miners. Over 700 miners lost their \
             lives in five explosions in four different states that year.",
        ),
        (
            "d.txt",
            "The Kestrel mine blew up in 1911 and killed 212 miners.",
        ),
    ]);
    let toll = find(&a, "About 200");
    let sum = find(&a, "Over 700");
    assert!(conflict_between(&a, toll, sum).is_none(), "{:#?}", a.groups);
    assert!(
        conflict_between(&a, sum, find(&a, "explosion of 1911 killed 212")).is_none(),
        "{:#?}",
        a.groups
    );
    // (a count of one event told with a number of things is still its own)
    let b = sources(&[
        (
            "a.txt",
            "The Kestrel mine exploded in 1911. The explosion killed 212 miners.",
        ),
        (
            "b.txt",
            "About 200 men were killed in the Kestrel mine explosion of 1911.",
        ),
        (
            "c.txt",
            "In 1911 the Kestrel mine explosion killed 230 miners in two shafts.",
        ),
        (
            "d.txt",
            "The Kestrel mine blew up in 1911 and killed 212 miners.",
        ),
    ]);
    assert!(
        conflict_between(&b, find(&b, "About 200"), find(&b, "230 miners")).is_some(),
        "{:#?}",
        b.groups
    );
}

#[test]
fn an_infobox_value_on_the_line_after_its_key_states_the_keys_fact() {
    // A mirror that copies an infobox puts each key and its value on lines of their own:
    // the value is a fact of the event, read as the key says ("Deaths" / "212").
    let a = sources(&[
        (
            "a.txt",
            "Millbrook dam failure\nDate\nMarch 12, 1889\nDeaths\n212\nCause\nPoor foundations\n\nThe Millbrook dam gave way after days of rain.\n",
        ),
        (
            "b.txt",
            "The flood from the Millbrook dam killed 240 people.\nThe valley was rebuilt within a decade.\n",
        ),
        (
            "c.txt",
            "Engineers had warned that the Millbrook dam was unsafe. About 240 people died in the flood.\n",
        ),
    ]);
    let value = (0..a.statements.len())
        .find(|&i| a.text(i).trim() == "212")
        .expect("the value stands alone");
    assert_eq!(a.statements[value].noise, None, "a fact, not furniture");
    let date = (0..a.statements.len())
        .find(|&i| a.text(i).trim() == "March 12, 1889")
        .expect("the date stands alone");
    assert_eq!(a.statements[date].noise, None, "a fact, not a post's date");
    let toll = find(&a, "killed 240");
    let c = conflict_between(&a, value, toll).unwrap_or_else(|| panic!("{:#?}", a.groups));
    assert_eq!(c.kind, ConflictKind::Number);
    // a forum's post stamp under its key stays furniture
    let forum = sources(&[(
        "f.txt",
        "Posted by millhand\nDate\nSat Jun 10, 2006 4:12 pm\nThe Millbrook dam gave way after days of rain.\n",
    )]);
    let stamp = (0..forum.statements.len())
        .find(|&i| forum.text(i).contains("Jun 10"))
        .expect("the stamp stands alone");
    assert!(forum.statements[stamp].noise.is_some());
    // a box's date glued to its key, its hour on the next line: both are rows
    let glued = sources(&[(
        "g.txt",
        "Millbrook dam failure\nDate12 March 1889\n04:15\nLocation Millbrook\n\nThe dam gave way.\n",
    )]);
    let hour = (0..glued.statements.len())
        .find(|&i| glued.text(i).trim() == "04:15")
        .expect("the hour stands alone");
    assert_eq!(glued.statements[hour].noise, None, "the box's hour");
}

#[test]
fn a_capacity_is_no_rival_of_the_count_aboard() {
    // how many the ferry might carry is told beside how many it carried: no conflict;
    // two counts of those aboard are compared as before
    let a = sources(&[
        (
            "paper.txt",
            "By seven the ferry had reached its capacity of 1,500 passengers. \
             The ferry capsized in the harbour within minutes.",
        ),
        (
            "book.txt",
            "That morning 1,680 passengers crowded aboard the ferry before it capsized.",
        ),
        (
            "site.txt",
            "The ferry capsized in the harbour with 1,200 passengers aboard.",
        ),
    ]);
    let capacity = find(&a, "capacity of 1,500");
    let crowded = find(&a, "1,680 passengers");
    let aboard = find(&a, "1,200 passengers");
    // (one group, so that no conflict says the rule held, not that they were apart)
    assert!(a.group_of(capacity).is_some(), "{:#?}", a.groups);
    assert_eq!(a.group_of(capacity), a.group_of(crowded), "{:#?}", a.groups);
    assert_eq!(
        conflict_between(&a, capacity, crowded),
        None,
        "{:#?}",
        a.groups
    );
    assert_eq!(
        conflict_between(&a, crowded, aboard).map(|c| c.kind),
        Some(ConflictKind::Number),
        "{:#?}",
        a.groups
    );
}

#[test]
fn a_figure_after_a_verb_of_being_counts_the_subject_far_back() {
    // "the death roll in the mill fire at the docks is 150": the head of the subject lies
    // more than three words before the figure, and is what it counts
    let a = sources(&[
        (
            "paper.txt",
            "The mill burned through the night. \
             It is estimated that the death roll in the mill fire at the docks is 150.",
        ),
        (
            "mirror.txt",
            "Mill fire\nDeaths: 172\nLocation: the docks\n",
        ),
        (
            "blog.txt",
            "By Friday the death roll from the fire at the mill on the docks stood at about 190.",
        ),
    ]);
    let roll = find(&a, "is 150");
    let row = find(&a, "172");
    let stood = find(&a, "stood at about 190");
    assert_eq!(
        conflict_between(&a, stood, row).map(|c| c.kind),
        Some(ConflictKind::Number),
        "{:#?}",
        a.groups
    );
    assert_eq!(
        conflict_between(&a, roll, row).map(|c| c.kind),
        Some(ConflictKind::Number),
        "{:#?}",
        a.groups
    );
}

#[test]
fn a_rate_is_no_rival_of_one_events_toll() {
    // how many died in such accidents each month is no account of this accident's toll
    let a = sources(&[
        (
            "paper.txt",
            "The pit explosion killed 112 miners on the morning shift.",
        ),
        (
            "blog.txt",
            "In those years about 40 miners were killed in pit explosions every month.",
        ),
        ("book.txt", "The pit explosion killed 130 miners in all."),
    ]);
    let toll = find(&a, "112 miners");
    let rate = find(&a, "every month");
    let other = find(&a, "130 miners");
    assert!(a.group_of(toll).is_some(), "{:#?}", a.groups);
    // (a statement whose only count is a rate leaves the group of the toll's answers)
    assert_ne!(a.group_of(toll), a.group_of(rate), "{:#?}", a.groups);
    assert_eq!(conflict_between(&a, toll, rate), None, "{:#?}", a.groups);
    assert_eq!(
        conflict_between(&a, toll, other).map(|c| c.kind),
        Some(ConflictKind::Number),
        "{:#?}",
        a.groups
    );
}

#[test]
fn a_source_cut_off_in_mid_sentence_ends_in_a_piece_of_its_prose() {
    // the piece after the last full stop is how the next sentence began, not furniture;
    // a short line of its own at the end stays what its form says
    let a = sources(&[(
        "cut.txt",
        "The Kestrel mill burned for two days. Many bodies were burned beyond recognition. Sev",
    )]);
    assert_eq!(a.statements[find(&a, "Sev")].noise, None);
    // (a page's footer run onto its last line stays furniture)
    let c = sources(&[(
        "footer.txt",
        "The Kestrel mill burned for two days. Copyright 2019 Kestrel Gazette. All rights reserved",
    )]);
    assert!(
        c.statements[find(&c, "All rights reserved")]
            .noise
            .is_some()
    );
    let b = sources(&[(
        "menu.txt",
        "The Kestrel mill burned for two days.\nMany bodies were burned beyond recognition.\nShare this\n",
    )]);
    assert!(b.statements[find(&b, "Share this")].noise.is_some());
}

#[test]
fn the_times_most_sources_give_within_a_short_while_are_one_question() {
    // no word of a beginning, and few words in common: what ties them is the hour three
    // sources give for the moment of the collapse; the rescue, hours later, is apart
    let a = sources(&[
        (
            "a.txt",
            "The Kestrel viaduct carried the mail over the gorge.\nAt about 9:20 p.m. the middle spans gave way under the evening train.\nRescuers reached the river bank at 1:30 a.m.\n",
        ),
        (
            "b.txt",
            "Witnesses on the shore saw the lamps vanish at 9:05 P.M.\nThe engineer of the viaduct was blamed by the inquiry.\n",
        ),
        (
            "c.txt",
            "The disaster struck the Kestrel line at 9.15 pm on a stormy Sunday.\nBoats searched the gorge until dawn, and at 1:10 a.m. a body was found.\n",
        ),
    ]);
    let x = find(&a, "9:20 p.m.");
    let y = find(&a, "9:05 P.M.");
    let z = find(&a, "9.15 pm");
    let g = a.group_of(x).unwrap_or_else(|| panic!("{:#?}", a.groups));
    assert_eq!(a.group_of(y), Some(g), "{:#?}", a.groups);
    assert_eq!(a.group_of(z), Some(g), "{:#?}", a.groups);
    assert_ne!(a.group_of(find(&a, "1:30 a.m.")), Some(g));
    assert_ne!(a.group_of(find(&a, "1:10 a.m.")), Some(g));
    // a moment told on both sides of midnight is one moment
    let b = sources(&[
        (
            "a.txt",
            "The Kestrel mill was shaken by a blast at 11:50 p.m.
Its owners were Quakers.
",
        ),
        (
            "b.txt",
            "Night watchmen heard the roar at 12:10 a.m.
The town had two newspapers.
",
        ),
        (
            "c.txt",
            "Windows broke across the valley at 12.20 am on the Friday.
The mill was rebuilt in stone.
",
        ),
    ]);
    let g = b
        .group_of(find(&b, "11:50"))
        .unwrap_or_else(|| panic!("{:#?}", b.groups));
    assert_eq!(b.group_of(find(&b, "12:10")), Some(g), "{:#?}", b.groups);
    assert_eq!(b.group_of(find(&b, "12.20")), Some(g), "{:#?}", b.groups);
    // a time that does not say which half of the day is either
    let c = sources(&[
        (
            "a.txt",
            "The Kestrel roof crushed in at about 9 o'clock.\nIts owners were Quakers.\n",
        ),
        (
            "b.txt",
            "At 9 p.m. a crack appeared in the ceiling of the hall.\nThe town had two newspapers.\n",
        ),
        (
            "c.txt",
            "Snow brought the beams down on the crowd at 9.10 pm.\nThe hall was rebuilt in stone.\n",
        ),
    ]);
    let g = c
        .group_of(find(&c, "9 o'clock"))
        .unwrap_or_else(|| panic!("{:#?}", c.groups));
    assert_eq!(c.group_of(find(&c, "9 p.m.")), Some(g), "{:#?}", c.groups);
    assert_eq!(c.group_of(find(&c, "9.10 pm")), Some(g), "{:#?}", c.groups);
}

#[test]
fn a_statement_opening_on_the_whole_counts_no_part_of_it() {
    // "Of the 290 …" names the whole; "saved" is said of a part the OCR lost: 290 is no
    // count of the saved to set against 761
    let a = corpus(&[
        "Of the 290 first-class passengers it is now believed only a handful were saved.",
        "There were just 761 passengers saved from the liner in all.",
        "Only 761 passengers were saved when the liner sank.",
    ]);
    let whole = find(&a, "Of the 290");
    let saved = find(&a, "There were just 761");
    assert!(
        conflict_between(&a, whole, saved).is_none(),
        "{:#?}",
        a.groups
    );
}

#[test]
fn grouping_amounts_of_one_extent_answer_one_question() {
    // how much the tank held, told three ways with few words in common
    let paper = "Wreckage covered with a sticky stream of 2,000,000 gallons. \
        The harbour police closed the wharf to carts until the evening.";
    let history = "On a cold morning in Lowport, the 2.3 million gallon Kestrel Oil storage tank \
        split along its seams. Witnesses heard a sound like a machine gun as the rivets gave way.";
    let forum = "Grandpa always said the tank held about two million gallons of the stuff. \
        He worked at the rail yard by the harbour for thirty years.";
    let a = sources(&[
        ("paper.txt", paper),
        ("history.txt", history),
        ("forum.txt", forum),
    ]);
    let (x, y, z) = (
        find(&a, "2,000,000 gallons"),
        find(&a, "2.3 million gallon"),
        find(&a, "two million gallons"),
    );
    let g = a
        .group_of(x)
        .unwrap_or_else(|| panic!("grouped: {:#?}", a.groups));
    assert_eq!(a.group_of(y), Some(g), "{:#?}", a.groups);
    assert_eq!(a.group_of(z), Some(g), "{:#?}", a.groups);
    assert!(conflict_between(&a, x, y).is_some());
    assert!(
        a.groups[g].label.starts_with("How much?"),
        "{}",
        a.groups[g].label
    );
}

#[test]
fn a_list_of_names_in_capitals_is_content_and_a_heading_in_capitals_is_not() {
    let a = sources(&[(
        "paper.txt",
        "Lowport, Feb. 5. -- Twenty miners drowned when the river broke into the Kestrel pit.
         The company has given out the names of the dead.
         THE DEAD.
         ALBERT KORVAN.
         PETER LASKO.
         JOHN MIRREN.
         WALTER OSTEN.
         GUSTAV PELL.
         The bodies have not been recovered.
         RESCUE WORK.
         Pumps were brought from the next mine.",
    )]);
    for needle in ["ALBERT KORVAN", "JOHN MIRREN", "GUSTAV PELL"] {
        assert!(a.statements[find(&a, needle)].noise.is_none(), "{needle}");
    }
    // (headings alone, between the report's paragraphs, stay headings)
    for needle in ["THE DEAD", "RESCUE WORK"] {
        assert!(a.statements[find(&a, needle)].noise.is_some(), "{needle}");
    }
}

#[test]
fn a_list_of_names_a_line_each_is_content_and_a_menu_is_not() {
    // (read off a tuning set: a memorial page's roll of the dead, one name a line)
    let a = sources(&[(
        "memorial.txt",
        "Thirty people died when the stand at Lowport collapsed.
         We remember them.

         Albert Korvan
         Pietro Korvan
         Johanna Mirren
         Walter van Osten
         Gustav Pell
         Marie-Claire Dubois

         Home
         About Us
         Contact Us
         Privacy Policy
         Site Map
         Terms of Use",
    )]);
    for needle in [
        "Albert Korvan",
        "Johanna Mirren",
        "Walter van Osten",
        "Marie-Claire Dubois",
    ] {
        assert!(a.statements[find(&a, needle)].noise.is_none(), "{needle}");
    }
    // (a roll's names make no claim group of their own, two sharing a surname neither)
    assert_eq!(a.group_of(find(&a, "Albert Korvan")), None);
    for needle in ["About Us", "Privacy Policy", "Terms of Use"] {
        assert!(a.statements[find(&a, needle)].noise.is_some(), "{needle}");
    }
    // (found by review: a council's menu of uncommon words, a contents list)
    let b = sources(&[(
        "council.txt",
        "Thirty people died when the stand at Lowport collapsed.

         Press Releases
         Media Centre
         Board Meetings
         Job Vacancies
         Site Map

         Rescue Operations
         Official Inquiry
         Legal Proceedings
         Memorial Service
         Later Reforms",
    )]);
    for needle in [
        "Media Centre",
        "Job Vacancies",
        "Official Inquiry",
        "Legal Proceedings",
    ] {
        assert!(b.statements[find(&b, needle)].noise.is_some(), "{needle}");
    }
}

#[test]
fn rows_of_a_register_are_different_entries_not_rival_counts() {
    // (read off a tuning set: a burial register's rows, their reference numbers compared)
    let a = sources(&[(
        "register.txt",
        "The register of the Lowport cemetery lists the victims of the 1911 crash.
         KORVAN; Albert; 47; Buried in Lowport; 1911/Sep E. Ward 10b 774
         LASKO; Pietro; 23; 1911/Sep E. Ward 10b 775
         MIRREN; Johanna; 26; Aunt of the Lasko children; 1911/Sep E. Ward 10b 776
         OSTEN; Walter; 54; 1911/Sep E. Ward 10b 774
         PELL; Gustav; 17; 1911/Sep E. Ward 10b 777",
    )]);
    let rows: Vec<usize> = ["KORVAN", "LASKO;", "MIRREN", "OSTEN", "PELL"]
        .iter()
        .map(|n| find(&a, n))
        .collect();
    for (i, &x) in rows.iter().enumerate() {
        for &y in &rows[i + 1..] {
            assert!(
                conflict_between(&a, x, y).is_none(),
                "{} / {}",
                a.text(x),
                a.text(y)
            );
        }
    }
}

#[test]
fn a_rows_figure_counts_what_its_own_cell_names() {
    // ("Injuries: 1 | Deaths: 42": the 1 counts the injured, not the dead of the next cell)
    let a = sources(&[
        (
            "infobox.txt",
            "The Lowport cable car fell into the valley.\nReported Injuries: 1 | Deaths: 42 |",
        ),
        (
            "paper.txt",
            "The Lowport cable car fell into the valley.\n43 people died when the cable car fell.",
        ),
    ]);
    let (row, told) = (find(&a, "Injuries: 1"), find(&a, "43 people died"));
    assert_eq!(
        conflict_between(&a, row, told).map(|c| c.kind),
        Some(ConflictKind::Number),
        "{:#?}",
        a.groups
    );
}

#[test]
fn a_count_of_the_dead_reads_its_verb_past_an_including_without_commas() {
    let a = sources(&[
        (
            "paper.txt",
            "The Lowport cable car fell into the valley.\nForty-two people were killed when the cable car fell.",
        ),
        (
            "book.txt",
            "The Lowport cable car fell into the valley.\nForty-three people including 15 children and two cable car attendants died.",
        ),
    ]);
    let (x, y) = (find(&a, "Forty-two"), find(&a, "Forty-three"));
    assert_eq!(
        conflict_between(&a, x, y).map(|c| c.kind),
        Some(ConflictKind::Number),
        "{:#?}",
        a.groups
    );
}

#[test]
fn a_count_and_one_more_person_is_the_whole_plus_one() {
    // ("Eight passengers on the train and a passenger in the van died": nine dead, no rival
    // of "Nine people died")
    let a = sources(&[
        (
            "paper.txt",
            "The Lowport express hit a van at the crossing.\nNine people died when the express hit the van.",
        ),
        (
            "book.txt",
            "The Lowport express hit a van at the crossing.\nEight passengers on the train and a passenger in the van died.",
        ),
        (
            "site.txt",
            "The Lowport express hit a van at the crossing.\nSeven people died when the express hit the van.",
        ),
        (
            "wire.txt",
            "The Lowport express hit a van at the crossing.\nEight train passengers and a passenger in the van were killed.",
        ),
    ]);
    let (nine, eight, seven) = (
        find(&a, "Nine people"),
        find(&a, "Eight passengers"),
        find(&a, "Seven people"),
    );
    assert!(
        conflict_between(&a, nine, eight).is_none(),
        "{:#?}",
        a.groups
    );
    let wire = find(&a, "Eight train passengers");
    assert!(
        conflict_between(&a, nine, wire).is_none(),
        "{:#?}",
        a.groups
    );
    // (one person before the count: "killing himself and eight people aboard the train")
    let b = sources(&[
        (
            "paper.txt",
            "The Lowport express hit a car at the crossing.\nNine people died when the express hit the car.",
        ),
        (
            "book.txt",
            "The Lowport express hit a car at the crossing.\nThe driver had parked his car on the crossing, killing himself and eight people aboard the train.",
        ),
        (
            "site.txt",
            "The Lowport express hit a car at the crossing.\nSeven people died when the express hit the car.",
        ),
    ]);
    let (nine_b, himself, seven_b) = (
        find(&b, "Nine people"),
        find(&b, "killing himself"),
        find(&b, "Seven people"),
    );
    assert!(
        conflict_between(&b, nine_b, himself).is_none(),
        "{:#?}",
        b.groups
    );
    assert!(
        conflict_between(&b, nine_b, seven_b).is_some(),
        "{:#?}",
        b.groups
    );
    // (a count one more than seven is still another count)
    assert_eq!(
        conflict_between(&a, seven, eight).map(|c| c.kind),
        Some(ConflictKind::Number),
        "{:#?}",
        a.groups
    );
}

#[test]
fn a_quoted_posters_name_under_its_header_is_furniture() {
    let a = sources(&[(
        "forum.txt",
        "The ferry sank in the storm off Lowport.\n\nOriginally Posted by\ncaptain kong\nHi Reg and Ron,\nhere is what I wrote further down this thread about the ferry.",
    )]);
    for needle in ["Originally Posted by", "captain kong"] {
        assert!(a.statements[find(&a, needle)].noise.is_some(), "{needle}");
    }
    // (the post itself, its greeting a line of its own, is not)
    assert!(
        a.statements[find(&a, "here is what I wrote")]
            .noise
            .is_none()
    );
}

#[test]
fn the_links_under_see_also_are_furniture_and_the_prose_after_them_is_not() {
    let a = sources(&[(
        "mirror.txt",
        "The Kestrel express struck a van on the Lowport crossing in 1986.\n\nSee also\n\n*Mill Lane rail crash\n*Kestrel Bridge collapse\n\nRelated Internet links\n\nThe crossing was rebuilt with full barriers in 1988.",
    )]);
    for needle in [
        "Mill Lane rail crash",
        "Kestrel Bridge collapse",
        "Related Internet links",
    ] {
        assert!(a.statements[find(&a, needle)].noise.is_some(), "{needle}");
    }
    for needle in ["struck a van", "was rebuilt"] {
        assert!(a.statements[find(&a, needle)].noise.is_none(), "{needle}");
    }
}

#[test]
fn found_by_review_more_than_one_after_and_the_is_no_one_more() {
    // ("the drivers of both cars" are more than one)
    let b = sources(&[
        (
            "paper.txt",
            "The Lowport express hit two cars at the crossing.\nNine people died when the express hit the cars.",
        ),
        (
            "book.txt",
            "The Lowport express hit two cars at the crossing.\nEight passengers and the drivers of both cars died.",
        ),
    ]);
    let (nine, eight) = (find(&b, "Nine people"), find(&b, "Eight passengers"));
    assert_eq!(
        conflict_between(&b, nine, eight).map(|c| c.kind),
        Some(ConflictKind::Number),
        "{:#?}",
        b.groups
    );
}

#[test]
fn found_by_review_a_see_also_list_ends_at_its_blank_line() {
    // (a line of prose after it, short or quoted, is no link)
    let b = sources(&[(
        "mirror.txt",
        "The Kestrel express struck a van on the Lowport crossing in 1986.\n\nSee also\n\n*Mill Lane rail crash\n\nThe line reopened in 1988.[4]\nThe driver told the inquiry: \"I saw nothing.\"",
    )]);
    assert!(b.statements[find(&b, "Mill Lane")].noise.is_some());
    for needle in ["line reopened", "I saw nothing"] {
        assert!(b.statements[find(&b, needle)].noise.is_none(), "{needle}");
    }
}

#[test]
fn found_by_review_a_claim_under_a_quotation_header_is_no_posters_name() {
    let b = sources(&[(
        "forum.txt",
        "The ferry sank in the storm off Lowport.\n\nOriginally Posted by\nFourteen crew were lost\nThe wind was strong.",
    )]);
    assert!(b.statements[find(&b, "Fourteen crew")].noise.is_none());
}

#[test]
fn found_by_review_a_posts_last_sentence_with_a_year_in_brackets_is_no_caption() {
    let a = sources(&[(
        "forum.txt",
        "The tip slid onto the Lowport school in 1966. It was a Friday. My grandad never talks about the Kestrel tip slide (1966)\nThe Opera House on fire (1887) Salle Favart, Lowport (1887) View of the palace on fire (1794) The Comic Opera in Kestrel (c 1875)",
    )]);
    assert!(a.statements[find(&a, "My grandad")].noise.is_none());
    for needle in ["Salle Favart", "View of the palace"] {
        assert!(a.statements[find(&a, needle)].noise.is_some(), "{needle}");
    }
}

#[test]
fn casualties_taken_to_hospital_are_the_hurt_not_the_dead() {
    // "Casualties" counts the hurt beside words of hospital or wounds ("26 casualties were
    // taken to hospital"); alone it may count the dead ("sank with 1,197 casualties").
    let a = sources(&[
        (
            "a.txt",
            "Four people died when the express derailed at Lowport.\nMost passengers were walking wounded, but 26 casualties were taken to the Lowport hospital after the express derailed.",
        ),
        (
            "b.txt",
            "Four people died when the express derailed at Lowport, and 70 were injured.",
        ),
        (
            "c.txt",
            "Six people died when the express derailed at Lowport.",
        ),
    ]);
    let hurt = find(&a, "26 casualties");
    for dead in [find(&a, "70 were injured"), find(&a, "Six people")] {
        let c = conflict_between(&a, hurt, dead);
        assert!(
            c.is_none_or(|c| !c
                .values
                .iter()
                .any(|v| v.contains("Six") || v.contains("Four"))),
            "{:?} / {:?}: {c:?}",
            a.text(hurt),
            a.text(dead)
        );
    }
}
