@relations
Feature: A relation can be delinked from either of its records
  Zoho's own v2.1 delink page has a sample that delinks Products from a Lead (Leads/{id}/Products). The
  update-related-records sample links, not delinks, Campaigns to a Lead (Leads/{id}/Campaigns), and the legacy API
  allowed "any of the Related Module as the Parent Module". The other reverse directions are not shown by Zoho;
  they are inferred and marked @assumed.

  Rule: The related record can be the record the call starts from

    Scenario Outline: Delinking one <related> from its <parent>, the reverse of the listed direction
      Given <parent> P is linked to <related records> R and S
      When <related> R is delinked from <parent> P
      Then the delink of <related> R succeeds
      And <parent> P is linked only to <related> S
      And <parent> P and <related> R still exist

      Examples: Shown in the delink page's sample
        | parent | related  | related records |
        | lead   | product  | products        |

      @assumed
      Examples: Inferred from the samples
        | parent     | related  | related records |
        | lead       | campaign | campaigns       |
        | contact    | campaign | campaigns       |
        | account    | product  | products        |
        | contact    | product  | products        |
        | deal       | product  | products        |
        | price book | product  | products        |

    Scenario Outline: Delinking two <related records> from their <parent> in one call, the reverse of the listed direction
      Given <parent> P is linked to <related records> R, S and T
      When <related records> R and S are delinked from <parent> P in one call
      Then every delink succeeds
      And <parent> P is linked only to <related> T
      And <parent> P and <related> R still exist

      Examples: Shown in the delink page's sample
        | parent | related  | related records |
        | lead   | product  | products        |

      @assumed
      Examples: Inferred from the samples
        | parent     | related  | related records |
        | lead       | campaign | campaigns       |
        | contact    | campaign | campaigns       |
        | account    | product  | products        |
        | contact    | product  | products        |
        | deal       | product  | products        |
        | price book | product  | products        |
