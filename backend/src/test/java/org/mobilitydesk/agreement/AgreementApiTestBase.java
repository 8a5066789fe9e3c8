package org.mobilitydesk.agreement;

import static org.mobilitydesk.agreement.AgreementFixtures.home;
import static org.mobilitydesk.agreement.AgreementFixtures.newPartner;

import org.junit.jupiter.api.BeforeEach;
import org.mobilitydesk.common.ApiTest;

/** The two ends of every agreement these tests make: the home institution and a partner of the test's own. */
abstract class AgreementApiTestBase extends ApiTest {

    protected String home;
    protected String partner;

    @BeforeEach
    void institutions() {
        home = home();
        partner = newPartner();
    }
}
