"""Organisations from the table of Danish municipalities', regions' and KL's mail domains, and
their Danish alphabetical order."""

from meetings.groups.organisations import (
    danish_order,
    known_organisations,
    names_an_organisation,
    normalised_organisation,
    organisation_of_email,
    short_organisation,
)


def test_the_table_has_98_municipalities_5_regions_and_kl():
    names = known_organisations()
    municipalities = [n for n in names if n.endswith(("Kommune", "Regionskommune"))]
    regions = [n for n in names if n.startswith("Region ")]
    assert (len(municipalities), len(regions), "KL" in names) == (98, 5, True)


def test_an_address_of_a_municipality_gives_its_name():
    assert organisation_of_email("rie@holbaek.dk") == "Holbæk Kommune"
    assert organisation_of_email("someone@rm.dk") == "Region Midtjylland"
    assert organisation_of_email("daniel@KL.DK") == "KL"


def test_a_subdomain_counts_as_its_parent():
    assert organisation_of_email("lone@sos.koege.dk") == "Køge Kommune"


def test_a_guest_account_gives_the_organisation_of_the_guests_own_address():
    assert organisation_of_email("anna_koege.dk#EXT#@holbaek.dk") == "Køge Kommune"
    assert organisation_of_email("a_b_sos.roskilde.dk#ext#@x.onmicrosoft.com") == (
        "Roskilde Kommune")
    assert organisation_of_email("anna#EXT#@holbaek.dk") is None  # no home address in it


def test_an_unknown_domain_or_no_address_gives_no_organisation():
    assert organisation_of_email("lone@gmail.com") is None
    assert organisation_of_email("no address") is None
    assert organisation_of_email(None) is None
    assert organisation_of_email("x@notholbaek.dk") is None


def test_a_name_as_people_write_it_becomes_the_tables_name():
    assert normalised_organisation("holbæk") == "Holbæk Kommune"
    assert normalised_organisation("Holbaek kommune") == "Holbæk Kommune"
    assert normalised_organisation("København") == "Københavns Kommune"
    assert normalised_organisation("region  sjælland.") == "Region Sjælland"
    assert normalised_organisation("Ikast Brande") == "Ikast-Brande Kommune"


def test_a_name_the_table_does_not_have_is_kept_as_written():
    assert normalised_organisation("  Børnehus   Sjælland ") == "Børnehus Sjælland"


def test_danish_order_puts_ae_oe_aa_last_and_reads_aa_as_the_letter_aa():
    names = ["Århus", "Aabenraa", "Ærø", "Odense", "Zealand", "Ølstykke", "Assens"]
    assert sorted(names, key=danish_order) == [
        "Assens", "Odense", "Zealand", "Ærø", "Ølstykke", "Aabenraa", "Århus"]


def test_danish_order_sets_accents_and_case_aside():
    assert sorted(["fredericia", "Érslev", "Esbjerg"], key=danish_order) == [
        "Érslev", "Esbjerg", "fredericia"]


def test_a_name_of_the_table_or_in_capitals_names_an_organisation_and_a_phrase_does_not():
    assert all(map(names_an_organisation, ["holbaek", "Køge Kommune", "Socialtilsyn Øst", "KL"]))
    assert not any(map(names_an_organisation, ["Køge på fredag", "et møde i Køge",
                                               "Køge, hvis toget kører", ""]))


def test_a_municipality_is_short_as_the_minutes_write_it_and_the_rest_as_it_is():
    assert [short_organisation(name) for name in (
        "Holbæk Kommune", "Københavns Kommune", "Bornholms Regionskommune", "Stevns Kommune",
        "Nordfyns Kommune", "Region Sjælland", "KL", "Bakkehuset/Roskilde Kommune",
        "Holbæk kommune")] == [
        "Holbæk", "København", "Bornholm", "Stevns", "Nordfyn", "Region Sjælland", "KL",
        "Bakkehuset/Roskilde Kommune", "Holbæk kommune"]
