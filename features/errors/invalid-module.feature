@errors
Feature: Modules the API does not know or does not support
  Delink page, Possible Errors:
  INVALID_MODULE, HTTP 400, "The module name given seems to be invalid": an invalid module name, no tab
  permission, or a removed module. On the wire the message is lower-case (rikas/zoho_hub#77).
  INVALID_MODULE, HTTP 400, "The given module is not supported in API": "The modules such as Documents and
  Projects are not supported in the current API." Zoho's official OpenAPI example gives NOT_SUPPORTED for the
  same text: either code is Zoho's word, and the behaviour profile picks one (not-supported=...).

  Rule: A module name the org does not have is invalid

    Example: Delinking from a record of a module that does not exist
      Given contact A exists
      When contact A is delinked from a record of a module that does not exist
      Then the call is rejected with INVALID_MODULE
        | expects           | Zoho answers                              | evidence         |
        | refused           | an error, nothing delinked                | delink page      |
        | code              | INVALID_MODULE                            | delink page      |
        | HTTP status       | 400                                       | delink page      |
        | message, any case | The module name given seems to be invalid | delink page      |
        | exact message     | the module name given seems to be invalid | seen on the wire |
        | details           | {"resource_path_index":0}                 | official example |

  Rule: Documents and Projects are not supported in the API

    Scenario Outline: Delinking from a record of the <module> module
      Given contact A exists
      When contact A is delinked from a record of the "<module>" module
      Then the call is refused for a module the API does not support
        | expects                       | Zoho answers                             | evidence         |
        | refused                       | an error, nothing delinked               | delink page      |
        | code documented for the cause | INVALID_MODULE or NOT_SUPPORTED          | delink page      |
        | code                          | INVALID_MODULE                           | contested        |
        | HTTP status                   | 400                                      | delink page      |
        | message, any case             | The given module is not supported in API | delink page      |
        | exact message                 | The given module is not supported in API | inferred         |
        | details                       | {"resource_path_index":0}                | official example |

      Examples:
        | module    |
        | Documents |
        | Projects  |
