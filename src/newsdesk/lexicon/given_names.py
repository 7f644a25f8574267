"""Given names that mark a person's gender, as data, for pronoun agreement.

Source: written out by hand for newsdesk from general knowledge of common
given names in English-language news (anglophone names and frequent names
of public figures from elsewhere). Names used for both genders, or used as
family names as often as given names (Jordan, Kim, Lee, Taylor, Jean, Andrea,
Robin ...), are left out on purpose: an unknown gender agrees with any pronoun.
Matched lower-cased against the first word of a person's name.
"""

from __future__ import annotations

MALE_NAMES: frozenset[str] = frozenset(
    {
        "aaron", "abdul", "abdullah", "abraham", "adam", "adrian", "ahmad", "ahmed",
        "alan", "albert", "alexander", "alexei", "alfred", "ali", "allen", "alvaro",
        "amir", "andre", "andrew", "andrei", "andy", "angelo", "anthony", "antonio",
        "arnold", "arthur", "ashraf", "barack", "barry", "ben", "benjamin", "benny",
        "bernard", "bernie", "bill", "billy", "bob", "bobby", "boris", "brad",
        "bradley", "brandon", "brett", "brian", "bruce", "bryan", "carl", "carlos",
        "charles", "charlie", "christian", "christopher", "clarence", "colin", "craig",
        "dale", "daniel", "danny", "darren", "david", "dean", "dennis", "derek",
        "diego", "dmitry", "dominic", "don", "donald", "doug", "douglas", "dylan", "ed",
        "eddie", "edward", "elon", "emmanuel", "eric", "erik", "ernest", "ethan",
        "eugene", "evan", "fernando", "francis", "francisco", "frank", "franklin",
        "fred", "frederick", "gabriel", "gary", "gavin", "george", "gerald", "gordon",
        "graham", "greg", "gregory", "guy", "hamid", "harold", "harry", "hassan",
        "henry", "hugh", "hugo", "hussein", "ian", "ibrahim", "igor", "ivan", "jack",
        "jacob", "jake", "james", "jamie", "jared", "jason", "javad", "javier", "jeff",
        "jeffrey", "jeremy", "jerome", "jerry", "jim", "jimmy", "joe", "joel", "john",
        "johnny", "jon", "jonathan", "jorge", "jose", "joseph", "josh", "joshua",
        "juan", "julian", "justin", "karl", "keith", "kenneth", "kevin", "khalid",
        "kurt", "larry", "lawrence", "leonard", "leo", "liam", "louis", "luis", "luke",
        "malcolm", "marco", "marcus", "mario", "mark", "martin", "matt", "matthew",
        "max", "michael", "miguel", "mike", "mikhail", "mitch", "mohammad", "mohammed",
        "muhammad", "nathan", "neil", "nicholas", "nick", "nigel", "noah", "oliver",
        "omar", "oscar", "owen", "patrick", "paul", "pedro", "pete", "peter", "philip",
        "phillip", "rafael", "ralph", "randy", "ray", "raymond", "reza", "richard",
        "rick", "robert", "roberto", "rodrigo", "roger", "ron", "ronald", "roy",
        "russell", "ryan", "saeed", "salman", "samuel", "scott", "sean", "sergei",
        "sergey", "seth", "shane", "simon", "stanley", "stephen", "steve", "steven",
        "stuart", "ted", "terry", "thomas", "tim", "timothy", "todd", "tom", "tommy",
        "tony", "travis", "trevor", "tyler", "victor", "vincent", "vladimir", "walter",
        "warren", "wayne", "william", "willie", "xavier", "yusuf", "zachary",
        # frequent given names of Gulf and Levant public figures in English news
        "faisal", "saud", "nasser", "tamim", "hamad", "sultan", "tariq",
        "youssef", "yousef", "mansour", "abdulaziz", "turki", "nayef", "fahd",
        # frequent given names of public figures in European, African, Latin American,
        # Turkish and Asian news, one gender only
        "adel", "ahmet", "alejandro", "amit", "amr", "anders", "andriy", "andrés", "anil",
        "arkady", "arvind", "bilal", "bogdan", "chukwuma", "cyril", "dieter", "dragan",
        "emeka", "emre", "enrique", "felipe", "françois", "friedrich", "fumio", "giovanni",
        "giuseppe", "goran", "hamza", "hans", "heinz", "helmut", "henrik", "hiroshi",
        "hosni", "jacques", "jakub", "jens", "johan", "jomo", "jonas", "joão", "jürgen",
        "karim", "kenji", "klaus", "kofi", "kwame", "lars", "luigi", "lukas", "magnus",
        "marek", "markus", "massimo", "mateo", "matteo", "matthias", "mehmet", "milos",
        "miroslav", "murat", "musa", "mustafa", "mykola", "nabil", "narendra", "nicolas",
        "nikolai", "nils", "olaf", "oleg", "olivier", "olusegun", "pablo", "paolo", "paulo",
        "pavel", "philippe", "pierre", "piotr", "rahul", "rajesh", "rashid", "ravi",
        "recep", "saad", "samir", "sanjay", "sergio", "shinzo", "stefan", "suresh", "sven",
        "takeshi", "thabo", "tomas", "tomasz", "tomás", "tunde", "uhuru", "vijay", "viktor",
        "volodymyr", "walid", "wolfgang", "yuri", "zoran",
    }
)  # fmt: skip

FEMALE_NAMES: frozenset[str] = frozenset(
    {
        "abigail", "adriana", "agnes", "aisha", "alexandra", "alice", "alicia",
        "alison", "amanda", "amber", "amelia", "amy", "ana", "angela", "angelina",
        "anita", "ann", "anna", "anne", "annie", "barbara", "beatrice", "betty",
        "beverly", "bonnie", "brenda", "bridget", "brittany", "camila", "carla",
        "carmen", "carol", "caroline", "carolyn", "catherine", "charlotte", "cheryl",
        "chloe", "christina", "christine", "cindy", "claire", "clara", "claudia",
        "cynthia", "daisy", "dana", "danielle", "debbie", "deborah", "denise", "diana",
        "diane", "donna", "doris", "dorothy", "edith", "elaine", "eleanor", "elena",
        "elisabeth", "elizabeth", "ella", "ellen", "emily", "emma", "erica", "erin",
        "eva", "evelyn", "fatima", "fiona", "florence", "frances", "gabriela", "gail",
        "gloria", "grace", "hannah", "harriet", "heather", "helen", "hillary", "holly",
        "ilhan", "irene", "isabel", "isabella", "jacqueline", "jane", "janet", "janice",
        "jennifer", "jessica", "jill", "joan", "joanna", "josephine", "joy", "joyce",
        "judith", "judy", "julia", "julie", "karen", "kate", "katherine", "kathleen",
        "kathryn", "kathy", "katie", "kelly", "kimberly", "kristen", "laura", "lauren",
        "leah", "linda", "lisa", "lois", "lori", "louise", "lucy", "lydia", "madeleine",
        "madison", "margaret", "maria", "marie", "marilyn", "marina", "martha", "mary",
        "megan", "melania", "melanie", "melissa", "mia", "michelle", "mildred",
        "miriam", "molly", "monica", "nadia", "nancy", "natalie", "natasha", "nicole",
        "nina", "nora", "olga", "olivia", "pamela", "patricia", "paula", "pauline",
        "peggy", "priya", "rachel", "rebecca", "regina", "rita", "roberta", "rosa",
        "rose", "ruth", "sabrina", "sally", "samantha", "sandra", "sara", "sarah",
        "sharon", "shirley", "sofia", "sophia", "sophie", "stephanie", "susan",
        "suzanne", "svetlana", "tamara", "tanya", "teresa", "theresa", "tiffany",
        "tina", "valerie", "vanessa", "victoria", "virginia", "wendy", "yasmin",
        "yolanda", "zoe",
        # frequent given names of Gulf and Levant public figures in English news
        "noura", "nour", "mariam", "huda", "amira", "layla", "leila", "rania", "hessa",
        # frequent given names of public figures in European, African, Latin American
        # and Asian news, one gender only
        "agnieszka", "akiko", "amina", "aminata", "annalena", "astrid", "birgit",
        "brigitte", "chantal", "chiamaka", "chiara", "dolores", "elisabetta", "ewa",
        "fatou", "francesca", "giorgia", "giulia", "greta", "heidi", "helga", "ilse",
        "indira", "ingrid", "irina", "isabelle", "jacinda", "katarzyna", "katrin", "keiko",
        "kirsten", "liv", "lucia", "lucía", "magdalena", "marine", "marta", "mercedes",
        "mette", "natalia", "nathalie", "ngozi", "nirmala", "oksana", "olena", "pilar",
        "priyanka", "sanna", "sigrid", "sunita", "sushma", "sylvie", "ségolène", "tatiana",
        "ursula", "yuko", "yulia", "yuriko",
    }
)  # fmt: skip

#: Every given name above, of either gender: a word that opens a person's name.
GIVEN_NAMES: frozenset[str] = MALE_NAMES | FEMALE_NAMES
