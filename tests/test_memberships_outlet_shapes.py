"""Membership shapes found on a fresh batch of real passages from new outlets and blocs (round 4), each tried on
sentences written for these tests, with the look-alikes that must not fire."""

from __future__ import annotations

import pytest

from .extraction import each, members


@pytest.mark.parametrize(("text", "expected"), [
    ("Some 40 nations have voiced their desire to join BRICS, including Algeria, Bolivia and Thailand.", set()),
    ("Several states are ready to join the SCO, such as Egypt and Qatar.", set()),
    ("A dozen governments intend to join ASEAN's digital pact, including Japan.", set()),
    ("BRICS, including Brazil and India, backed the plan.", each("BRICS", "BRA", "IND")),
])
def test_states_that_wish_to_join_are_no_members(text, expected):
    assert members(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("The Eurasian Economic Union was set up in 2015 by five states – Russia, Belarus, Kazakhstan, Armenia and Kyrgyzstan.",
     each("EAEU", "RUS", "BLR", "KAZ", "ARM", "KGZ")),
    ("The Mercosur trade bloc was created in 1991 by four countries: Argentina, Brazil, Paraguay and Uruguay.",
     each("MERCOSUR", "ARG", "BRA", "PRY", "URY")),
    ("The OPEC statement was drafted by officials and approved in 2020 by a vote.", set()),
])
def test_bloc_founded_by_counted_states_set_off_by_a_dash_or_colon(text, expected):
    assert members(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("The Quad, formally the Quadrilateral Security Dialogue, is an informal strategic forum between Australia, India, "
     "Japan and the United States.", each("QUAD", "AUS", "IND", "JPN", "USA")),
    ("AUKUS is a trilateral security pact between Australia, Britain and the United States.",
     each("AUKUS", "AUS", "GBR", "USA")),
    ("The CSTO remains a military alliance of Russia, Belarus and Armenia.", each("CSTO", "RUS", "BLR", "ARM")),
    ("BRICS is a new forum for dialogue between Brazil and Germany.", set()),
    ("The EU is the largest trading partner of Vietnam and Laos.", set()),
    ("NATO is a threat to the security of Russia and Belarus, Moscow said.", set()),
    ("BRICS is a grouping of Brazil, Russia, India, China and South Africa.", each("BRICS", "BRA", "RUS", "IND", "CHN", "ZAF")),
    ("The SCO is a club of autocracies such as China and Russia.", set()),
    ("ASEAN adopted a framework last year, and now includes Timor-Leste as an observer.", set()),
])
def test_bloc_is_a_pact_between_a_list(text, expected):
    assert members(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Narendra Modi, Prime Minister of India, along with other BRICS heads of state, attended the opening session.",
     each("BRICS", "IND")),
    ("Brazil's president, together with other G20 leaders, toured the site.", set()),
    ("Peru, along with other APEC leaders, signed the statement.", each("APEC", "PER")),
    ("Peru, along with other leaders, signed the statement.", set()),
])
def test_a_state_with_the_other_heads_of_state_of_a_bloc(text, expected):
    assert members(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("The meeting of the leaders of Kazakhstan and other former Soviet states making up the CSTO opens on Monday.",
     each("CSTO", "KAZ")),
    ("Peru and other economies in APEC back the plan.", each("APEC", "PER")),
    ("China and other countries in the SCO region face the threat.", set()),
    ("Chile and other countries outside the EU face tariffs.", set()),
    ("China and other countries in the BRICS bank backed the loan.", set()),
    ("Russia and other nations in the SCO framework signed.", set()),
])
def test_a_state_and_other_states_making_up_a_bloc(text, expected):
    assert members(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Other SCO leaders at the summit included Kazakhstan President Tokayev, Kyrgyzstan President Japarov and "
     "Tajikistan President Rahmon.", each("SCO", "KAZ", "KGZ", "TJK")),
    ("ASEAN leaders attending the summit were Malaysia Prime Minister Anwar and Myanmar State Counsellor Suu Kyi.",
     each("ASEAN", "MYS", "MMR")),
    ("SCO leaders, including Kazakhstan President Tokayev, met in Astana.", each("SCO", "KAZ")),
    ("Guests at the SCO summit included Turkey President Erdogan and Qatar Emir Tamim.", set()),
    ("Other SCO leaders at the summit included Kazakhstan President Tokayev, while guests included Turkey President Erdogan.",
     each("SCO", "KAZ")),
])
def test_bloc_leaders_named_by_their_states_and_titles(text, expected):
    assert members(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("The SCO was founded in 2001. India and Pakistan joined the group in 2017, and Iran joined on July 4 2023.",
     each("SCO", "IND", "PAK", "IRN")),
    ("The SCO was founded in 2001. Iran joined on July 4, 2023, the group said.", each("SCO", "IRN")),
    ("The SCO was founded in 2001. Iran joined on July 4 2023-24 talks of the group.", set()),
])
def test_joined_on_a_full_date(text, expected):
    assert members(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Our APEC [Asia-Pacific Economic Cooperation] colleagues – Chile, Peru and Mexico – backed the plan.",
     each("APEC", "CHL", "PER", "MEX")),
    ("Shanghai Cooperation Organisation (SCO) members China and Russia signed.", each("SCO", "CHN", "RUS")),
])
def test_a_bloc_echoed_in_brackets_is_one_bloc(text, expected):
    assert members(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("The United States, Japan, India and Australia launched a minerals plan to counter China. "
     "The four nations, collectively known as the Quad, unveiled it in Washington.", each("QUAD", "USA", "JPN", "IND", "AUS")),
    ("Brazil, Russia, India and China met Turkey and Mexico. The four countries, known as BRICS, then left.",
     each("BRICS", "BRA", "RUS", "IND", "CHN")),
    ("The United States, Japan and India met Australia and Canada. The four nations, known as the Quad, spoke.", set()),
])
def test_counted_states_known_as_a_bloc_are_the_list_before_of_that_size(text, expected):
    assert members(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Anwar said Malaysia is working to ensure that Timor-Leste is accepted as a permanent member of ASEAN.", set()),
    ("Timor-Leste was accepted as a full member of ASEAN on Sunday.", each("ASEAN", "TLS")),
    ("They met so that Ukraine can become a member of NATO.", set()),
])
def test_a_membership_that_is_only_a_goal(text, expected):
    assert members(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("The CSTO was set up in 2002. Adding to Russia, Belarus and Armenia, it now includes Kazakhstan, Kyrgyzstan "
     "and Tajikistan, the bloc says.", each("CSTO", "RUS", "BLR", "ARM", "KAZ", "KGZ", "TJK")),
    ("BRICS was formed in 2009. It now includes Egypt and Iran as full members.", each("BRICS", "EGY", "IRN")),
    ("The EU deal was signed in March. It now includes Japan and Korea.", set()),
    ("ASEAN -- a regional bloc -- was founded in Bangkok in 1967, and currently includes Brunei, Cambodia and Indonesia.",
     each("ASEAN", "BRN", "KHM", "IDN")),
    ("ASEAN signed a trade pact with China in 2002, and it includes Japan, the bloc said.", set()),
])
def test_it_now_includes_and_a_bloc_founded_that_includes(text, expected):
    assert members(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Leaders of the five BRICS nations met in Kazan on Tuesday. Chinese President Xi Jinping, Brazil's Lula, India's Modi, "
     "Russian President Vladimir Putin and South Africa's Ramaphosa signed the declaration.",
     each("BRICS", "CHN", "BRA", "IND", "RUS", "ZAF")),
    ("Leaders from six ex-Soviet states that are members of the CSTO gathered in the Kazakh capital on Thursday. Russian "
     "President Vladimir Putin and the leaders of Kyrgyzstan, Tajikistan and Armenia joined Belarus's Alexander Lukashenko "
     "and Kazakhstan's Kassym-Jomart Tokayev for talks.", each("CSTO", "RUS", "KGZ", "TJK", "ARM", "BLR", "KAZ")),
    ("The Quad's four leaders met in Tokyo. Japan's Kishida hosted Australia's Albanese, India's Modi and US President "
     "Joe Biden.", each("QUAD", "JPN", "AUS", "IND", "USA")),
    # fewer named than counted, a guest among them, or no leaders counted: nothing
    ("Leaders of the five BRICS nations met in Kazan on Tuesday. Chinese President Xi Jinping, Brazil's Lula and "
     "Turkey's Erdogan signed the declaration.", set()),
    ("Leaders of the four Quad nations met in Tokyo. Japan's Kishida, India's Modi and Australia's Albanese welcomed "
     "Indonesian President Widodo as a guest.", set()),
    ("Leaders of the four Quad nations met in Tokyo. Japan's Kishida, India's Modi and Australia's Albanese held talks with "
     "Indonesian President Widodo.", set()),
    ("Five G7 countries backed the plan. Canada's Trudeau, Japan's Kishida, Italy's Meloni, French President Macron and "
     "Mexican President Lopez Obrador spoke in favour.", set()),
])
def test_counted_leaders_named_next_each_in_its_own_way(text, expected):
    assert members(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Iran's SCO membership has given it a bigger voice in Central Asia, officials said.", each("SCO", "IRN")),
    ("Egypt's membership of BRICS brought new markets for its exporters.", each("BRICS", "EGY")),
    ("Iran's membership in BRICS will reinforce the bloc's opposition to U.S. dominance, Raisi said.", set()),
    ("Ukraine's NATO membership has long been blocked by Hungary.", set()),
    ("Turkey's EU membership bid has stalled for years.", set()),
])
def test_what_a_states_membership_did(text, expected):
    assert members(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("BRICS has grown to ten member states. These countries include Egypt, Ethiopia and Iran.",
     each("BRICS", "EGY", "ETH", "IRN")),
    ("Dozens of countries have applied to join BRICS. These countries include Algeria and Bolivia.", set()),
    ("The SCO has ten members and several observers. These countries include Mongolia and Belarus.", set()),
    ("The summit drew delegates from 30 countries. These countries include Mongolia and Turkey.", set()),
])
def test_these_countries_include_the_members_spoken_of_before(text, expected):
    assert members(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("The leaders of the U.S., Japan, India and Australia met on Friday in the first-ever summit for the security grouping "
     "known as the Quad.", each("QUAD", "USA", "JPN", "IND", "AUS")),
    ("The leaders of China, India and Russia met in Moscow ahead of the summit of the group called BRICS.",
     each("BRICS", "CHN", "IND", "RUS")),
    ("The leaders of China, Brazil and India met on the sidelines of the summit of the group known as the G20.", set()),
    ("The leaders of Egypt and Turkey met at a summit for the grouping known as the G20.", set()),
    ("The leaders of Egypt, Turkey and Qatar met at the G20 summit.", set()),
])
def test_leaders_of_three_or_more_states_meeting_in_a_summit_of_the_bloc_so_called(text, expected):
    assert members(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Neither India nor China is a member of NATO.", set()),
    ("Neither Armenia nor Azerbaijan has joined the EAEU.", set()),
    ("Neither India nor Brazil, both BRICS members, signed the text.", each("BRICS", "IND", "BRA")),
    ("Neither Japan nor Korea signed, but India and Brazil are BRICS members.", each("BRICS", "IND", "BRA")),
    ("India is not a member of the SCO cyber pact, nor is Brazil.", set()),
])
def test_neither_nor_is_one_list_denied_what_is_said_of_it(text, expected):
    assert members(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Since Iran's SCO membership in 2023, trade has grown.", each("SCO", "IRN")),
    ("Following Finland's NATO accession, the border was closed.", each("NATO", "FIN")),
    ("Iran's SCO membership, secured in 2023, opened new doors.", each("SCO", "IRN")),
    ("Egypt's BRICS membership took effect on January 1.", each("BRICS", "EGY")),
    ("Iran's full SCO membership was formalised in Astana.", each("SCO", "IRN")),
    ("Ukraine's NATO membership remains a distant prospect.", set()),
    ("Since Turkey's EU membership talks stalled, trade fell.", set()),
    ("Since Sweden's NATO membership bid, ties have grown.", set()),
    ("Since Ukraine's NATO membership would provoke Moscow, Berlin hesitated.", set()),
    ("Iran's SCO membership, which is still pending, opened talks.", set()),
])
def test_a_states_bloc_membership_named_with_its_possessive(text, expected):
    assert members(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("The BRICS leaders -- Brazil's Lula, Russian President Putin, India's Modi, China's Xi Jinping and South Africa's "
     "Ramaphosa -- met in Kazan.", each("BRICS", "BRA", "RUS", "IND", "CHN", "ZAF")),
    ("Leaders of the SCO member states, including Kazakhstan's Tokayev and Uzbek President Mirziyoyev, attended.",
     each("SCO", "KAZ", "UZB")),
    ("The G7 leaders, including Japan's Kishida and Canada's Trudeau, met in Apulia.", each("G7", "JPN", "CAN")),
    ("SCO leaders, including Kazakhstan's Tokayev, met Turkey's Erdogan as a guest.", each("SCO", "KAZ")),
    ("The G7 leaders discussed Japan's plan and Canada's budget.", set()),
])
def test_bloc_leaders_named_with_possessives_titles_and_demonyms_mixed(text, expected):
    assert members(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("OPEC producers Saudi Arabia and Iraq cut output.", each("OPEC", "SAU", "IRQ")),
    ("Iraq and other OPEC producers agreed to cut output.", each("OPEC", "IRQ")),
    ("OPEC+ producers Russia and Kazakhstan cut output.", set()),
    ("Mercosur founders Argentina and Brazil clashed over tariffs.", each("MERCOSUR", "ARG", "BRA")),
    ("The CIS, a grouping of nine former Soviet republics including Russia and Belarus, met in Minsk.",
     each("CIS", "RUS", "BLR")),
    ("The CIS is a grouping of nine former Soviet republics including Russia and Belarus.", each("CIS", "RUS", "BLR")),
    ("The G7, a club of rich democracies such as Japan and Canada, met.", each("G7", "JPN", "CAN")),
    ("The EU, a bloc of 27 nations that trades with China and India, met.", set()),
    ("The SCO, a group of countries that partners with Turkey and Egypt, met.", set()),
])
def test_producers_founders_and_a_grouping_of_counted_states_including_a_list(text, expected):
    assert members(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("The five ASEAN countries are Indonesia, Malaysia, Thailand, Philippines and Singapore.",
     each("ASEAN", "IDN", "MYS", "THA", "PHL", "SGP")),
    ("The GCC states include Oman and Qatar.", each("GCC", "OMN", "QAT")),
    ("The two non-ASEAN countries are China and Japan.", set()),
    ("The ASEAN countries are worried about China and Japan.", set()),
    ("The G7 countries are not Russia and China.", set()),
])
def test_bloc_countries_are_a_list(text, expected):
    assert members(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Italy has exited from China's Belt and Road Initiative, four years after becoming the only Group of Seven (G7) "
     "nation to sign up for it.", each("G7", "ITA")),
    ("India opted out, becoming the only SCO member state not to endorse it.", each("SCO", "IND")),
    ("India walked out, four years after becoming an SCO observer state.", set()),
    ("Armenia quit the CSTO, becoming the first member to leave.", set()),
])
def test_subject_becoming_the_only_bloc_nation_after_a_time(text, expected):
    assert members(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Sweden's entry into NATO in March 2024 ended two centuries of neutrality.", each("NATO", "SWE")),
    ("Finland's NATO accession in April 2023 doubled the alliance's border with Russia.", each("NATO", "FIN")),
    ("Ukraine's entry into NATO in 2030 would anger Moscow.", set()),
    ("Ukraine's entry into NATO in 2030 was discussed.", set()),
    ("Sweden's entry into NATO in 2023 stalled over Turkish objections.", set()),
    ("Turkey's EU membership bid in 1987 failed.", set()),
])
def test_a_dated_entry_told_in_the_past(text, expected):
    assert members(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Bolivia became Mercosur's fifth full member in July, joining Argentina, Brazil, Paraguay and Uruguay.",
     each("MERCOSUR", "BOL", "ARG", "BRA", "PRY", "URY")),
    ("Bolivia became Mercosur's fifth partner in July, joining Chile and Peru.", set()),
])
def test_the_members_a_new_member_joins(text, expected):
    assert members(text) == expected
