package org.claimgraph.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import org.claimgraph.core.EntityType;
import org.claimgraph.core.Mention;
import org.junit.jupiter.api.Test;

class DomainRecognizersTest {
    private final DesignationRecognizer designations = new DesignationRecognizer();
    private final OrganisationCueRecognizer organisations = new OrganisationCueRecognizer();

    @Test
    void findsModelDesignationsThatStatisticalNerMisses() {
        String text = "a drone called the Garpiya-3 (G3), an upgrade of the Garpiya-A1, like Iran's Shahed-136, "
                + "a Chinese-designed REM 1 attack UAV, the MQ9 Reaper, two G3s, 100 ZT-180 prototypes, SU-27 jets "
                + "and the US Reaper drone";
        assertThat(designations.recognise(text)).extracting(Mention::text).containsExactlyInAnyOrder("Garpiya-3",
                "Garpiya-A1", "Shahed-136", "G3", "MQ9 Reaper", "G3s", "ZT-180", "SU-27", "REM 1", "Reaper");
        assertThat(designations.recognise(text)).extracting(Mention::type).containsOnly(EntityType.PRODUCT);
    }

    @Test
    void doesNotTakeGroupsOrNationalitiesForProducts() {
        assertThat(designations.recognise("the G7 and G20 summits, COVID-19, the Chinese drone specialists"))
                .isEmpty();
    }

    @Test
    void findsOrganisationsFromTheirCues() {
        String text = "IEMZ Kupol, a subsidiary of Russian state-owned weapons company Almaz-Antey, has developed it. "
                + "Another Russian defence firm called TSK Vektor acted as the intermediary. They worked with a "
                + "Chinese company called Redlepus TSK Vector Industrial, based in Shenzhen. Talks with Chinese "
                + "drone manufacturer Xi'an Bingo Intelligent Aviation Technology went on.";
        assertThat(organisations.recognise(text)).extracting(Mention::text).contains("IEMZ Kupol", "Almaz-Antey",
                "TSK Vektor", "Redlepus TSK Vector Industrial", "Xi'an Bingo Intelligent Aviation Technology")
                .doesNotContain("Russian", "Shenzhen");
    }
}
