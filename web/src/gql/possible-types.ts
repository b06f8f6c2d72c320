
      export type PossibleTypesResultData = {
  "possibleTypes": {
    "Entity": [
      "ASN",
      "Campaign",
      "Cluster",
      "Country",
      "Detection",
      "Host",
      "IP",
      "JA4",
      "Subnet",
      "UserAgent"
    ],
    "Node": [
      "ASN",
      "Campaign",
      "Cluster",
      "Country",
      "Detection",
      "Host",
      "IP",
      "Investigation",
      "JA4",
      "Subnet",
      "UserAgent"
    ],
    "_Entity": [
      "ASN",
      "Campaign",
      "Cluster",
      "Country",
      "Detection",
      "Host",
      "IP",
      "JA4",
      "Subnet",
      "UserAgent"
    ]
  }
};
      const result: PossibleTypesResultData = {
  "possibleTypes": {
    "Entity": [
      "ASN",
      "Campaign",
      "Cluster",
      "Country",
      "Detection",
      "Host",
      "IP",
      "JA4",
      "Subnet",
      "UserAgent"
    ],
    "Node": [
      "ASN",
      "Campaign",
      "Cluster",
      "Country",
      "Detection",
      "Host",
      "IP",
      "Investigation",
      "JA4",
      "Subnet",
      "UserAgent"
    ],
    "_Entity": [
      "ASN",
      "Campaign",
      "Cluster",
      "Country",
      "Detection",
      "Host",
      "IP",
      "JA4",
      "Subnet",
      "UserAgent"
    ]
  }
};
      export default result;
    