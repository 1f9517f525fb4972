@relations
Feature: Every supported relation can be delinked, through both URL forms
  Delink Related Records removes the association between two records; both records stay.
  The delink page lists the supported relations: "Campaigns - to - Leads, Contacts; Products - to - Leads,
  Accounts, Contacts, Potentials, Price Books", and from v3 on "Appointments - to - Services".
  Potentials is the legacy name of Deals. Appointments and Services are Appointments__s and Services__s; the name
  of the related list from an appointment to its services is not documented (docs/evidence.md, open question 8).
  Source: https://www.zoho.com/crm/developer/docs/api/v7/delink.html and .../api/v2.1/delink.html

  Rule: One related record is delinked by naming it in the URL

    Scenario Outline: Delinking one <related> from its <parent> by its id
      Given <parent> P is linked to <related records> R and S
      When <related> R is delinked from <parent> P
      Then the delink of <related> R succeeds
      And <parent> P is linked only to <related> S
      And <parent> P and <related> R still exist

      Examples: Campaigns
        | parent   | related | related records |
        | campaign | lead    | leads           |
        | campaign | contact | contacts        |

      Examples: Products
        | parent  | related    | related records |
        | product | lead       | leads           |
        | product | account    | accounts        |
        | product | contact    | contacts        |
        | product | deal       | deals           |
        | product | price book | price books     |

      @api-v7 @api-v8 @assumed
      Examples: Appointments, from v3 on; no Zoho page names the related list, Services__s is assumed
        | parent      | related | related records |
        | appointment | service | services        |

  Rule: Several related records are delinked in one call with the ids parameter

    Scenario Outline: Delinking two <related records> from their <parent> in one call
      Given <parent> P is linked to <related records> R, S and T
      When <related records> R and S are delinked from <parent> P in one call
      Then every delink succeeds
      And the results follow the order of the request
      And <parent> P is linked only to <related> T
      And <parent> P and <related> R still exist

      Examples: Campaigns
        | parent   | related | related records |
        | campaign | lead    | leads           |
        | campaign | contact | contacts        |

      Examples: Products
        | parent  | related    | related records |
        | product | lead       | leads           |
        | product | account    | accounts        |
        | product | contact    | contacts        |
        | product | deal       | deals           |
        | product | price book | price books     |

      @api-v7 @api-v8 @assumed
      Examples: Appointments, from v3 on; no Zoho page names the related list, Services__s is assumed
        | parent      | related | related records |
        | appointment | service | services        |
