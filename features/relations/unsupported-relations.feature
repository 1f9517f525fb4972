@relations @errors
Feature: Relations outside the supported list are refused
  Only the relations listed on the delink page can be delinked. What Zoho answers for one that is not listed is
  not documented: one third-party report (rikas/zoho_hub#77) saw INVALID_MODULE, "the module name given seems to
  be invalid", when removing an Account-Contact relation, through another call.

  @assumed
  Rule: A related list that is not in the supported list is refused as an invalid module

    Example: Contacts cannot be delinked from an account
      Given account K exists
      And contact A exists
      When contact A is delinked from account K
      Then the call is rejected with INVALID_MODULE
        | expects           | Zoho answers                              | evidence         |
        | refused           | an error, nothing delinked                | delink page      |
        | code              | INVALID_MODULE                            | delink page      |
        | HTTP status       | 400                                       | delink page      |
        | message, any case | The module name given seems to be invalid | delink page      |
        | exact message     | the module name given seems to be invalid | seen on the wire |
        | details           | {"resource_path_index":0}                 | official example |
      And account K and contact A still exist

  @assumed
  Rule: Appointments and Services do not exist before v3
    The v2.1 page lists neither the relation nor the modules; what v2.1 answers is not documented.

    @api-v2.1
    Example: Delinking a service from an appointment on v2.1
      When a service is delinked from an appointment
      Then the call is rejected with INVALID_MODULE
        | expects           | Zoho answers                              | evidence         |
        | refused           | an error, nothing delinked                | delink page      |
        | code              | INVALID_MODULE                            | delink page      |
        | HTTP status       | 400                                       | delink page      |
        | message, any case | The module name given seems to be invalid | delink page      |
        | exact message     | the module name given seems to be invalid | seen on the wire |
        | details           | {"resource_path_index":0}                 | official example |

  @assumed
  Rule: Only the listed direction of Appointments to Services is supported
    The reverse direction is not documented (docs/evidence.md, open question 8).

    @api-v7 @api-v8
    Example: An appointment cannot be delinked from a service
      Given service S exists
      And appointment P exists
      When appointment P is delinked from service S
      Then the call is rejected with INVALID_MODULE
        | expects           | Zoho answers                              | evidence         |
        | refused           | an error, nothing delinked                | delink page      |
        | code              | INVALID_MODULE                            | delink page      |
        | HTTP status       | 400                                       | delink page      |
        | message, any case | The module name given seems to be invalid | delink page      |
        | exact message     | the module name given seems to be invalid | seen on the wire |
        | details           | {"resource_path_index":0}                 | official example |

  @assumed
  Rule: A related list name that does not exist is invalid data
    Get Related Records documents INVALID_DATA "the relation name given seems to be invalid" for this; the
    delink page does not say.

    Example: Delinking through a related list that does not exist
      Given campaign C is linked to contact A
      When contact A is delinked from campaign C through a related list that does not exist
      Then the call is rejected with INVALID_DATA
        | expects       | Zoho answers                                | evidence         |
        | refused       | an error, nothing delinked                  | inferred         |
        | code          | INVALID_DATA                                | inferred         |
        | HTTP status   | 400                                         | inferred         |
        | exact message | the relation name given seems to be invalid | seen on the wire |
        | details       | {"resource_path_index":2}                   | official example |
      And campaign C is still linked to contact A
